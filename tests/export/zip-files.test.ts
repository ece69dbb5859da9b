// The zip container written around the browser's own deflate, read back by fflate (and, in
// xlsx-package.test.ts, by exceljs): names, bytes and checksums as written.
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32, zipFiles } from '../../src/lib/export/zip-files';

const encode = (text: string) => new TextEncoder().encode(text);
const files = {
  '[Content_Types].xml': encode('<Types/>'),
  'xl/工作表.xml': encode('<row>职工之家</row>'.repeat(2000)),
  'empty.txt': new Uint8Array(0),
};

describe('crc32', () => {
  it('gives the standard check values', () => {
    expect(crc32(encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(encode('a'))).toBe(0xe8b7be43);
  });
});

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
    // Each central directory entry records the CRC-32 of its file.
    const view = new DataView(zipped.buffer, zipped.byteOffset, zipped.byteLength);
    const directory = view.getUint32(zipped.length - 6, true);
    expect(view.getUint32(directory, true)).toBe(0x02014b50);
    expect(view.getUint32(directory + 16, true)).toBe(crc32(files['[Content_Types].xml']));
  });

  it('falls back to fflate where CompressionStream is missing', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const back = unzipSync(await zipFiles(files));
    expect(Object.keys(back)).toEqual(Object.keys(files));
    expect(Array.from(back['xl/工作表.xml']!)).toEqual(Array.from(files['xl/工作表.xml']));
  });
});
