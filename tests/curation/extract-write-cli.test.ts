// @vitest-environment node
// `data:extract --write` on a temp copy of data/: a new source made from the flags and a year the
// series lacks, written and archived beside the copy (after a dry run that writes nothing); --only
// with a candidate that lacks fields reports each by number and writes nothing; usage errors exit 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyDataWithoutYear } from './data-copy';

let root: string;
let dataDir: string;
let doc: string;

// Jobs for 2025 (new-urban-jobs has no 2025 yet) and one unmatched figure.
const TEXT = '2025年全市城镇新增就业26万人。全年新建社区食堂120个。';
const SOURCE_FLAGS = [
  '--url',
  'https://example.org/jobs-2025',
  '--title',
  '2025年就业情况',
  '--title-en',
  'Jobs in 2025',
  '--publisher',
  '示例报',
  '--publisher-en',
  'Example Daily',
  '--kind',
  'media',
  '--date',
  '2026-01-20',
];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'extract-write-'));
  dataDir = path.join(root, 'data');
  copyDataWithoutYear(dataDir, 'new-urban-jobs', 2025);
  doc = path.join(root, 'jobs.txt');
  writeFileSync(doc, TEXT);
});

const run = (...args: string[]) =>
  spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-extract.ts', doc, '--data-dir', dataDir, ...args],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );

function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        path.join(e.parentPath, e.name),
        readFileSync(path.join(e.parentPath, e.name), 'utf8'),
      ]),
  );
}

const WRITE = ['--write', '--plan', 'beijing-2026-government-work-report'];

describe('data:extract --write', () => {
  it('numbers the candidates, writes the matched one with its new source, and archives the result', () => {
    const before = snapshot(root);
    const dry = run(...WRITE, ...SOURCE_FLAGS, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^#1 actual 2025 260000人 .* → series:new-urban-jobs:2025$/m);
    expect(dry.stdout).toMatch(/^#2 actual 2025 120个 .* → new$/m);
    expect(dry.stdout).toContain('(dry run) 1 entry would change 2 files; nothing was written');
    expect(snapshot(root)).toEqual(before);

    const done = run(...WRITE, ...SOURCE_FLAGS);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(
      '+ source example-2026-01-20-jobs-in-2025 (media) 2025年就业情况',
    );
    expect(done.stdout).toContain('+ new-urban-jobs 2025 actual: 260000 (2025-12-31)');
    const series = JSON.parse(
      readFileSync(path.join(dataDir, 'series/new-urban-jobs.json'), 'utf8'),
    );
    expect(series.years.find((y: { year: number }) => y.year === 2025)).toEqual({
      year: 2025,
      actual: {
        value: 260000,
        date: '2025-12-31',
        // The extractor's clause: the whole sentence, its full stop included.
        citations: [
          { source: 'example-2026-01-20-jobs-in-2025', quote: '2025年全市城镇新增就业26万人。' },
        ],
      },
    });
    const sources = JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8')).sources;
    expect(sources.at(-1)).toEqual({
      id: 'example-2026-01-20-jobs-in-2025',
      title: { zh: '2025年就业情况', en: 'Jobs in 2025' },
      publisher: { zh: '示例报', en: 'Example Daily' },
      date: '2026-01-20',
      kind: 'media',
      url: 'https://example.org/jobs-2025',
    });
    // data:archive's file, beside the data dir as datasets/ is beside data/.
    expect(readdirSync(path.join(root, 'datasets'))).toHaveLength(1);
    const check = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dataDir], {
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);

    // The same run again: the source exists now, so cite it; the figure is already there.
    const again = run(...WRITE, '--source', 'example-2026-01-20-jobs-in-2025');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('✓ nothing to change: the accepted candidate is already in');
  });

  it('reports each field an --only candidate lacks, by number, and writes nothing', () => {
    const before = snapshot(root);
    const out = run(...WRITE, ...SOURCE_FLAGS, '--only', '2');
    expect(out.status).toBe(1);
    expect(out.stdout.split('\n').filter((l) => l.startsWith('✗ #'))).toEqual([
      '✗ #2 kind: needs a new indicator is built from its target: the kind must be target',
      '✗ #2 id: needs an id (lower-case kebab-case)',
      '✗ #2 name.en: needs the English name',
      '✗ #2 category: needs a category',
      '✗ #2 comparator: needs the comparator (at least / at most)',
      '✗ #2 deadline: needs the target’s deadline',
      '✗ #2 measure.en: needs the English for the measure word "个"',
    ]);
    expect(out.stdout).toMatch(
      /✗ nothing to write; 7 problems reported above, not written; nothing was written to/,
    );
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(path.join(root, 'datasets'))).toBe(false);
  });

  it('exits 2 on usage errors, naming what is wrong', () => {
    const cases: [string[], string][] = [
      [['--write'], '--write needs --plan <plan id>'],
      [
        [...WRITE.slice(0, 2), 'no-such-plan', ...SOURCE_FLAGS],
        '--plan no-such-plan: no such plan in',
      ],
      [
        WRITE,
        '--write cites --source <existing id>, or a new source: it needs --url, --title-en, --publisher, --publisher-en, --kind, --date',
      ],
      [[...WRITE, '--source', 'nope'], '--source nope: no such source in data/sources.json'],
      [[...WRITE, ...SOURCE_FLAGS, '--only', '3'], '--only 3: the candidates are numbered 1 to 2'],
      [
        [...WRITE, ...SOURCE_FLAGS, '--only', 'x'],
        '--only x: expected candidate numbers like 1,3,5',
      ],
      [['--plan', 'p'], '--plan is for --write'],
    ];
    const before = snapshot(root);
    for (const [args, message] of cases) {
      const out = run(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr.split('\n')[0]).toContain(message);
    }
    expect(snapshot(root)).toEqual(before);
  });
});
