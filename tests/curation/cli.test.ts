// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/data-extract.ts', ...args], { encoding: 'utf8' });

describe('data:extract', () => {
  it('prints one JSON array of candidates for a seed', () => {
    const out = execFileSync(
      'node_modules/.bin/tsx',
      [
        'scripts/data-extract.ts',
        path.resolve('../shared/seeds/001_039130f0dd037b53.txt'),
        '--json',
        '--date',
        '2024-01-25',
      ],
      { encoding: 'utf8' },
    );
    const list = JSON.parse(out) as {
      value: number;
      kind: string;
      year: number | null;
      match: string;
    }[];
    expect(list).toContainEqual(
      expect.objectContaining({ value: 1180000, kind: 'actual', year: 2023 }),
    );
    expect(list.every((c) => typeof c.match === 'string')).toBe(true);
  });
  it('refuses a damaged PDF and a binary text file, with a clear message', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    writeFileSync(path.join(dir, 'a.pdf'), '%PDF-1.7');
    writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x41, 0, 0x42]));
    const pdf = run(path.join(dir, 'a.pdf'));
    expect(pdf.status).toBe(1);
    expect(pdf.stderr.trim()).toMatch(/^a\.pdf: this PDF is damaged and cannot be read \(.+\)$/);
    expect(run(path.join(dir, 'b.txt')).stderr).toMatch(/binary/);
  });
});
