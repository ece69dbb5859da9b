// @vitest-environment node
// `npm run data:import -- <update>.json` (the curation update file /curate downloads) on a temp
// copy of data/: a bad file gets one line per problem naming the JSON path, a file applyCuration
// refuses one line per problem naming the entry, field and rule; either way nothing is written.
// A good one writes what it says (--dry-run first: nothing), data:check passes, and a second run
// finds every entry already there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyDataWithoutYear } from './data-copy';
import { CURATION_FORMAT, type CurationEntry } from '../../src/domain/curation/update-file';
import type { Source } from '../../src/domain/dataset/schema';

let root: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-json-'));
  dataDir = path.join(root, 'data');
  copyDataWithoutYear(dataDir, 'new-urban-jobs', 2025);
});

function snapshot(): Map<string, string> {
  return new Map(
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const p = path.join(e.parentPath, e.name);
        return [path.relative(dataDir, p), readFileSync(p, 'utf8')];
      }),
  );
}

function importJson(content: unknown, ...extra: string[]) {
  const file = path.join(root, 'update.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-import.ts', file, '--data-dir', dataDir, ...extra],
    { encoding: 'utf8', timeout: 90_000 },
  );
}

const NEW_SOURCE: Source = {
  id: 'example-2025-01-20-jobs',
  title: { zh: '2025年就业目标', en: 'Jobs targets for 2025' },
  publisher: { zh: '示例报', en: 'Example Daily' },
  date: '2025-01-20',
  kind: 'media',
  url: 'https://example.org/jobs-2025',
};

// new-urban-jobs has 2021–2024 and 2026: 2025 is a year it lacks.
const JOBS_2025: CurationEntry = {
  kind: 'series-target',
  series: 'new-urban-jobs',
  year: 2025,
  value: 260000,
  comparator: 'gte',
  citation: { source: NEW_SOURCE.id, quote: '2025年城镇新增就业不少于26万人' },
};
// Already in data/ (data/series/new-urban-jobs.json, 2026).
const JOBS_2026: CurationEntry = {
  kind: 'series-target',
  series: 'new-urban-jobs',
  year: 2026,
  plan: 'beijing-2026-government-work-report',
  value: 280000,
  comparator: 'gte',
  citation: {
    source: 'seed-000-cppcc-union-sector-2026',
    quote: '规划在2026年实现城镇新增就业不少于28万人',
  },
};

const update = (entries: unknown[], sources: unknown[] = []) => ({
  format: CURATION_FORMAT,
  baseDataset: 'test',
  madeAt: '2026-12-07T00:00:00.000Z',
  sources,
  entries,
});

describe('data:import of a curation update (.json)', () => {
  it('writes a new series year and its source, after a dry run that writes nothing', () => {
    const before = snapshot();
    const file = update([JOBS_2025, JOBS_2026], [NEW_SOURCE]);
    const dry = importJson(file, '--dry-run');
    expect(dry.status).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(dry.stdout).toContain('(dry run) 1 entry would change 2 files; nothing was written');

    const run = importJson(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const shown = run.stdout.split('\n');
    expect(shown).toContain(
      `= entries[1]: new-urban-jobs 2026 target: ≥280000 is already in ${dataDir}/`,
    );
    expect(shown).toContain(
      `+ new-urban-jobs 2025 target: ≥260000  [entries[0] → ${dataDir}/series/new-urban-jobs.json]`,
    );
    const series = JSON.parse(
      readFileSync(path.join(dataDir, 'series/new-urban-jobs.json'), 'utf8'),
    );
    expect(series.years.map((y: { year: number }) => y.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(series.years[4]).toEqual({
      year: 2025,
      target: { value: 260000, comparator: 'gte', citations: [JOBS_2025.citation] },
    });
    const sources = JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8')).sources;
    expect(sources.at(-1)).toEqual(NEW_SOURCE);
    const check = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dataDir], {
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);

    const again = importJson(file);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`✓ nothing to change: all 2 entries already in ${dataDir}/`);
  });

  it('names each schema problem by its JSON path, and writes nothing', () => {
    const before = snapshot();
    const run = importJson(
      update([
        JOBS_2026,
        { ...JOBS_2025, citation: { source: NEW_SOURCE.id, quote: '' } },
        { ...JOBS_2025, kind: 'series-forecast' },
      ]),
    );
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'update.json › entries[1].citation.quote: must not be empty',
      'update.json › entries[2].kind: Invalid input',
      '',
      `✗ 2 problems; nothing was written to ${dataDir}/`,
      '',
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file that is not JSON, or not a curation update', () => {
    expect(importJson('{"format": ').stderr).toMatch(/^update\.json: not a JSON file \(/);
    const csvLike = importJson({ format: 'pt-report-v1', rows: [] });
    expect(csvLike.status).toBe(1);
    expect(csvLike.stderr).toMatch(/^update\.json › format: /m);
    expect(csvLike.stderr).toMatch(/^update\.json › entries: /m);
  });

  it('names the entry, field and quote rule applyCuration refuses, and writes nothing', () => {
    const before = snapshot();
    const run = importJson(
      update(
        [
          JOBS_2026,
          {
            ...JOBS_2025,
            citation: { source: NEW_SOURCE.id, quote: '2025年城镇新增就业不少于25万人' },
          },
        ],
        [NEW_SOURCE],
      ),
    );
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('update.json'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^update\.json › entries\[1\]\.citation\.quote: .* \[quote-value-missing\] \(/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses an observation dated before its plan was published, offering a reference', () => {
    const before = snapshot();
    // The 683 studios of April 2021 predate the 14th five-year worker plan (published 2021-08-01):
    // data/ holds them as a reference figure, never as progress.
    const run = importJson(
      update([
        {
          kind: 'indicator-observation',
          plan: 'beijing-14th-fyp-worker-development',
          indicator: 'worker-innovation-studios',
          date: '2021-04-30',
          value: 683,
          citation: {
            source: 'bztdxxl-2021-05-07-workers-daily-studios',
            quote: '目前,全市共有市级以上职工创新工作室683家。',
          },
        },
      ]),
    );
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      'update.json › entries[0].date: 2021-04-30 is before plan "beijing-14th-fyp-worker-development" was published (2021-08-01): a figure from before the plan cannot be its progress (record it as a reference figure instead (an indicator-reference with a label), or check the date)',
    );
    expect(snapshot()).toEqual(before);
  });
});
