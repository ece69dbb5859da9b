// How big a workbook gets once unzipped, found before any spreadsheet library inflates it: the
// sizes its central directory declares, summed, and then the bytes actually inflated, counted as
// they come (a directory can lie), stopping the moment the limit is passed. fflate loads on demand.

export type ExpandedSize =
  | { ok: true; bytes: number }
  | { ok: false; reason: 'declared' | 'inflated'; bytes: number }
  | { ok: false; reason: 'damaged' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most ~1000× that comes out per step. */
const STEP = 16 * 1024;

class OverLimit extends Error {}

interface Entry {
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

function centralDirectory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return null;
    entries.push({
      method: u16(at + 10),
      compressed: u32(at + 20),
      // 0xFFFFFFFF means ZIP64 (4 GB or more): read as it stands, far over any limit.
      declared: u32(at + 24),
      local: u32(at + 42),
    });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** The expanded size of a zip, refused once over `limit` by declaration or by inflation. */
export async function expandedSize(bytes: Uint8Array, limit: number): Promise<ExpandedSize> {
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, reason: 'damaged' };
  const declared = entries.reduce((sum, e) => sum + e.declared, 0);
  if (declared > limit) return { ok: false, reason: 'declared', bytes: declared };

  const { Inflate } = await import('fflate');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  try {
    for (const entry of entries) {
      const at = entry.local;
      if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
        return { ok: false, reason: 'damaged' };
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + entry.compressed);
      if (entry.method !== 8) {
        total += data.length;
        if (total > limit) throw new OverLimit();
        continue;
      }
      const inflater = new Inflate((chunk) => {
        total += chunk.length;
        if (total > limit) throw new OverLimit();
      });
      for (let i = 0; i < data.length; i += STEP)
        inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
  } catch (error) {
    if (error instanceof OverLimit) return { ok: false, reason: 'inflated', bytes: total };
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, bytes: total };
}
