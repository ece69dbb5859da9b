// @vitest-environment node
// Issue 24 item 7: one limit on a workbook's expanded size for `data:import` and /import. A
// directory that declares 2 GB is refused before anything is inflated; one that lies (declares
// 1 KB for 120 MB) is refused while inflating, once the count passes the limit. The honest
// bomb is the one that got through before; the two forged ones are the defence in depth.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/features/import/import-actions';
import { MAX_EXPANDED_BYTES } from '../../src/domain/reporting/template-spec';
import { readReportFile } from '../../src/lib/reporting/read-report-file';
import { expandedSize } from '../../src/lib/reporting/zip-expanded-size';
import { fill, GOOD_ROW, templateFor } from './workbooks';

const REPO = path.resolve(import.meta.dirname, '../..');
let good: Uint8Array;
let declaredBomb: Uint8Array;
let lyingBomb: Uint8Array;
let honestBomb: Uint8Array;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Entry = { name: string; deflated: Uint8Array; crc: number; size: number };

/** A zip of deflated entries, each declaring the size it is given (true or not). */
function zip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const head = (sig: number, length: number) => {
      const bytes = new Uint8Array(length + name.length);
      const v = new DataView(bytes.buffer);
      v.setUint32(0, sig, true);
      return { bytes, v };
    };
    const local = head(0x04034b50, 30);
    local.v.setUint16(4, 20, true);
    local.v.setUint16(8, 8, true);
    local.v.setUint32(14, e.crc, true);
    local.v.setUint32(18, e.deflated.length, true);
    local.v.setUint32(22, e.size, true);
    local.v.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    const dir = head(0x02014b50, 46);
    dir.v.setUint16(4, 20, true);
    dir.v.setUint16(6, 20, true);
    dir.v.setUint16(10, 8, true);
    dir.v.setUint32(16, e.crc, true);
    dir.v.setUint32(20, e.deflated.length, true);
    dir.v.setUint32(24, e.size, true);
    dir.v.setUint16(28, name.length, true);
    dir.v.setUint32(42, offset, true);
    dir.bytes.set(name, 46);
    parts.push(local.bytes, e.deflated);
    central.push(dir.bytes);
    offset += local.bytes.length + e.deflated.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const entriesOf = (bytes: Uint8Array): Entry[] =>
  Object.entries(unzipSync(bytes)).map(([name, data]) => ({
    name,
    deflated: deflateSync(data),
    crc: crc32(data),
    size: data.length,
  }));

beforeAll(async () => {
  good = await fill(await templateFor('data'), [GOOD_ROW]);
  const entries = entriesOf(good);
  // 2 GB declared for the entry sheet: the directory alone is over the limit.
  declaredBomb = zip(entries.map((e, i) => (i === 0 ? { ...e, size: 0x7fffffff } : e)));
  // 120 MB of zeros that declare 1 KB: only counting while inflating finds it.
  const zeros = new Uint8Array(120 * 1024 * 1024);
  const deflated = deflateSync(zeros, { level: 1 });
  const name = 'xl/media/image1.bin';
  lyingBomb = zip([...entries, { name, deflated, crc: 0, size: 1024 }]);
  // The bomb as it comes: 120 MB of zeros in 120 KB, every size and checksum true. exceljs
  // inflates it and reads the one good row, as /import did with a 2 GB one.
  honestBomb = zip([...entries, { name, deflated, crc: crc32(zeros), size: zeros.length }]);
}, 120_000);

describe(expandedSize, () => {
  it('sums the sizes the directory declares and counts what a good workbook inflates to', async () => {
    const size = await expandedSize(good, MAX_EXPANDED_BYTES);
    expect(size.ok).toBe(true);
    expect(size).toEqual({ ok: true, bytes: entriesOf(good).reduce((n, e) => n + e.size, 0) });
  });

  it('refuses 2 GB declared before inflating anything', async () => {
    expect(await expandedSize(declaredBomb, MAX_EXPANDED_BYTES)).toMatchObject({
      ok: false,
      reason: 'declared',
    });
  });

  it('refuses a directory that lies, once the inflated count passes the limit', async () => {
    // A 16 MB limit here so the test inflates little; the count is the same at any limit.
    const limit = 16 * 1024 * 1024;
    const size = await expandedSize(lyingBomb, limit);
    expect(size).toMatchObject({ ok: false, reason: 'inflated' });
    // It stops within one step of the limit instead of inflating all 120 MB.
    expect(size.ok || size.reason === 'damaged' ? 0 : size.bytes).toBeLessThan(limit + 20e6);
  });
});

describe('a zip bomb through both paths', () => {
  it('is refused by the reader data:import and /import share, naming the limit', async () => {
    for (const bomb of [honestBomb, declaredBomb]) {
      const read = await readReportFile(bomb, 'bomb.xlsx');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem.what.en).toMatch(/100 MB limit.*it was not read/);
    }
  });

  it('is refused by /import before any preview', async () => {
    const published = {} as Parameters<typeof checkFile>[1];
    for (const bomb of [honestBomb]) {
      const checked = await checkFile(
        new File([bomb as BlobPart], 'bomb.xlsx'),
        published,
        '2026-06-01',
      );
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.problems[0]?.what.en).toMatch(/100 MB limit/);
    }
  });

  describe('npm run data:import', () => {
    let work: string;
    beforeAll(() => {
      work = mkdtempSync(path.join(tmpdir(), 'zip-bomb-'));
      cpSync(path.join(REPO, 'data'), path.join(work, 'data'), { recursive: true });
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('refuses it with one line, exit 1, nothing written', () => {
      const file = path.join(work, 'bomb.xlsx');
      writeFileSync(file, honestBomb);
      const run = spawnSync(
        'node_modules/.bin/tsx',
        ['scripts/data-import.ts', file, '--data-dir', path.join(work, 'data')],
        { cwd: REPO, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /^bomb\.xlsx: the workbook unpacks to 120 MB by its zip directory, over the 100 MB limit/m,
      );
      expect(run.stderr).toContain('nothing was written');
    }, 150_000);
  });
});
