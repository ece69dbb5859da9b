// @vitest-environment node
// The zip container written around the browser's own deflate, read back by fflate (and, in
// xlsx-package.test.ts, by exceljs): names, bytes and checksums as written.
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32 } from 'node:zlib';
import { zipFiles } from '../../src/lib/export/zip-files';

const encode = (text: string) => new TextEncoder().encode(text);
const files = {
  '[Content_Types].xml': encode('<Types/>'),
  'xl/工作表.xml': encode('<row>职工之家</row>'.repeat(2000)),
  'empty.txt': new Uint8Array(0),
};

describe('zipFiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('deflates with CompressionStream into a zip that unzips to the same files', async () => {
    expect(typeof CompressionStream).toBe('function');
    const zipped = await zipFiles(files);
    const back = unzipSync(zipped);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, bytes] of Object.entries(files))
      expect(Array.from(back[name]!), name).toEqual(Array.from(bytes));
    // Deflated, not stored: the repeated row shrinks to a small part of its size.
    expect(zipped.length).toBeLessThan(files['xl/工作表.xml'].length / 10);
    // Each central directory entry records the CRC-32 and size of its file (from the gzip
    // trailer), and the local header the same CRC-32.
    const view = new DataView(zipped.buffer, zipped.byteOffset, zipped.byteLength);
    let at = view.getUint32(zipped.length - 6, true);
    for (const [name, bytes] of Object.entries(files)) {
      expect(view.getUint32(at, true), name).toBe(0x02014b50);
      expect(view.getUint32(at + 16, true), name).toBe(crc32(bytes));
      expect(view.getUint32(at + 24, true), name).toBe(bytes.length);
      const local = view.getUint32(at + 42, true);
      expect(view.getUint32(local + 14, true), name).toBe(crc32(bytes));
      at += 46 + view.getUint16(at + 28, true);
    }
  });

  it('falls back to fflate where CompressionStream is missing', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const back = unzipSync(await zipFiles(files));
    expect(Object.keys(back)).toEqual(Object.keys(files));
    expect(Array.from(back['xl/工作表.xml']!)).toEqual(Array.from(files['xl/工作表.xml']));
  });
});
