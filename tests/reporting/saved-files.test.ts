// @vitest-environment node
// The template as office software saves it (tests/reporting/fixtures, made from the real
// template by LibreOffice, openpyxl and the encoders): each file goes through
// `npm run data:import --dry-run` (the real script) and says it would import the rows of the
// original, line for line; read in-process, each gives the same checked rows.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/domain/reporting/check-report';
import { readReportFile } from '../../src/lib/reporting/read-report-file';
import { loadDataset } from '../../scripts/lib/load-dataset';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const TODAY = '2026-12-07';
const SAVED_FILES = [
  'libreoffice.xlsx',
  'openpyxl.xlsx',
  'excel-csv-utf8.csv',
  'excel-csv-gbk.csv',
  'excel-unicode-text.txt',
];

function dryRun(name: string) {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-import.ts', path.join(FIXTURES, name), '--dry-run', '--today', TODAY],
    { cwd: REPO, encoding: 'utf8', timeout: 90_000 },
  );
  // The file's name starts each line about a cell; the rest must match the original's.
  return { code: run.status, out: `${run.stdout}${run.stderr}`.replaceAll(name, '<file>') };
}

async function checked(name: string) {
  const read = await readReportFile(new Uint8Array(readFileSync(path.join(FIXTURES, name))), name);
  if (!read.ok) throw new Error(`${name}: ${read.problem.what.en}`);
  return checkReport(read.book, loadDataset(path.join(REPO, 'data')), { today: TODAY });
}

describe('saved files through data:import --dry-run', () => {
  const original = dryRun('original.xlsx');
  it('the original would import its three rows', () => {
    expect(original.code, original.out).toBe(0);
    expect(original.out).toContain('(dry run) 3 rows would change 2 files; nothing was written');
    expect(original.out).toContain('worker-innovation-studios 2025-12-31: 8200 (observation)');
  });
  it.each(SAVED_FILES)('%s would import the same rows', (name) => {
    const saved = dryRun(name);
    expect(saved.code, saved.out).toBe(0);
    expect(saved.out).toBe(original.out);
  });
});

describe('saved files read in-process', () => {
  it.each(SAVED_FILES)('%s gives the checked rows of the original', async (name) => {
    const [want, got] = await Promise.all([checked('original.xlsx'), checked(name)]);
    expect(got.problems).toEqual([]);
    expect(got.entries).toEqual(want.entries);
    expect(got.notices).toEqual(want.notices);
  });
  it('the row filled only in Chinese takes its English from the Chinese', async () => {
    const { entries } = await checked('excel-csv-gbk.csv');
    const chinese = entries.find((e) => e.target.id === 'worker-innovation-studios')!;
    expect(chinese.source.title).toEqual({
      zh: '2025年职工创新工作室情况（测试）',
      en: '2025年职工创新工作室情况（测试）',
    });
    expect(chinese.source.publisher.en).toBe('测试区总工会');
    expect(chinese.note).toEqual({ zh: '只填中文的测试行', en: '只填中文的测试行' });
  });
});
