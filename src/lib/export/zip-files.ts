// Zips files with the browser's own compression (CompressionStream, native and several times
// quicker than deflate in JavaScript), writing the zip container around the compressed data
// here. Where CompressionStream is missing it falls back to fflate.

type Deflated = { data: Uint8Array; crc: number };

/** Where a gzip member's deflate data starts: after its 10 bytes and any optional fields. */
function gzipBodyStart(gz: Uint8Array): number {
  const flags = gz[3]!;
  let at = 10;
  if (flags & 4) at += 2 + (gz[10]! | (gz[11]! << 8)); // FEXTRA
  if (flags & 8) while (gz[at++] !== 0); // FNAME
  if (flags & 16) while (gz[at++] !== 0); // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  return at;
}

/**
 * Raw deflate data and its CRC-32, both from the browser's gzip: a gzip member is the same
 * deflate data as a zip entry's, with the CRC-32 of the input in its trailer.
 */
async function deflate(data: Uint8Array): Promise<Deflated> {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const [, zipped] = await Promise.all([
    writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close()),
    new Response(stream.readable).arrayBuffer(),
  ]);
  const gz = new Uint8Array(zipped);
  const trailer = new DataView(zipped, gz.length - 8, 8);
  return { data: gz.subarray(gzipBodyStart(gz), gz.length - 8), crc: trailer.getUint32(0, true) };
}

type Entry = { name: Uint8Array; crc: number; size: number; data: Uint8Array; offset: number };

/** 1980-01-01 00:00, the earliest time a zip entry can carry: the same bytes every time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

function header(entry: Entry, central: boolean): Uint8Array {
  const bytes = new Uint8Array((central ? 46 : 30) + entry.name.length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u16 = (v: number) => (view.setUint16(at, v, true), (at += 2));
  const u32 = (v: number) => (view.setUint32(at, v, true), (at += 4));
  u32(central ? 0x02014b50 : 0x04034b50);
  if (central) u16(20); // made by
  u16(20); // version needed
  u16(UTF8_NAMES);
  u16(8); // deflate
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.data.length);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra field
  if (central) {
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(entry.offset);
  }
  bytes.set(entry.name, at);
  return bytes;
}

/** The files (in the given order) as the bytes of a zip archive. */
export async function zipFiles(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') {
    const { zipSync } = await import('fflate');
    return zipSync(files, { level: 1 });
  }
  const names = Object.keys(files);
  const compressed = await Promise.all(names.map((name) => deflate(files[name]!)));
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  names.forEach((name, i) => {
    const data = files[name]!;
    const entry = {
      name: encoder.encode(name),
      crc: compressed[i]!.crc,
      size: data.length,
      data: compressed[i]!.data,
      offset,
    };
    const local = header(entry, false);
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
    entries.push(entry);
  });
  const directory = entries.map((entry) => header(entry, true));
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  parts.push(...directory, end);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
