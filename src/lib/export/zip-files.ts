// Zips files with the browser's own deflate (CompressionStream, native and several times quicker
// than deflate in JavaScript), writing the zip container around the compressed data here. Where
// CompressionStream is missing it falls back to fflate.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 (IEEE) of some bytes, as zip files record it. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const [, deflated] = await Promise.all([
    writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close()),
    new Response(stream.readable).arrayBuffer(),
  ]);
  return new Uint8Array(deflated);
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
  const compressed = await Promise.all(names.map((name) => deflateRaw(files[name]!)));
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  names.forEach((name, i) => {
    const data = files[name]!;
    const entry = {
      name: encoder.encode(name),
      crc: crc32(data),
      size: data.length,
      data: compressed[i]!,
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
