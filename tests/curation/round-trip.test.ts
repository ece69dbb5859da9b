// @vitest-environment node
// The round trip: extract from a seed, accept everything that matches an existing entry,
// and the written data/ equals today's for those entries. On a copy of data/, the series targets
// and actuals citing the seed's source lose that citation (a figure cited by it alone goes, and a
// year left with nothing goes too); `data:extract --write --source <the seed's source>` then
// writes them back. Every other file stays byte-equal. The touched files equal today's except
// where a curator's hand legitimately differs from the extractor's, and only there:
// - the quote: a curator often quoted the clause pair ("新开工1099部,完工822部", with quoteKey)
//   where the extractor takes the shortest clause ("完工822部"); both are exact substrings of the
//   seed, and one holds the other (less a closing 。);
// - the order of citations: a source's citation added to a figure goes after the ones it has;
// - notes and curator notes on the touched years: the curator's words, not the document's.
// On the untouched copy the same run changes nothing: every accepted candidate is already there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Citation = { source: string; quote: string; quoteKey?: string };
type Part = { citations: Citation[]; note?: unknown; curatorNote?: unknown; [k: string]: unknown };
type Year = { year: number; plan?: string; target?: Part; actual?: Part; [k: string]: unknown };
type Series = { years: Year[]; [k: string]: unknown };

const SEEDS = [
  {
    file: '001_039130f0dd037b53.txt',
    source: 'seed-001-npc-livelihood-press-conference-2024',
    plan: 'beijing-2024-old-compound-renovation',
    // Hand-counted from data/series/: the targets and actuals citing seed 001.
    removed: 10,
  },
  {
    file: '000_f29c8e9f886ec49e.txt',
    source: 'seed-000-cppcc-union-sector-2026',
    plan: 'beijing-2026-government-work-report',
    removed: 4,
  },
];

const seedText = (file: string) => readFileSync(path.resolve('../shared/seeds', file), 'utf8');

function copyData(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'round-trip-'));
  cpSync('data', path.join(root, 'data'), { recursive: true });
  return path.join(root, 'data');
}

const readSeries = (dir: string, file: string) =>
  JSON.parse(readFileSync(path.join(dir, 'series', file), 'utf8')) as Series;

/** Removes the source's citations from series targets and actuals; the years touched, by file. */
function removeCitations(
  dir: string,
  source: string,
): { touched: Map<string, Set<number>>; removed: number } {
  const touched = new Map<string, Set<number>>();
  let removed = 0;
  for (const file of readdirSync(path.join(dir, 'series'))) {
    const series = readSeries(dir, file);
    for (const year of series.years)
      for (const part of ['target', 'actual'] as const) {
        const had = year[part];
        if (!had?.citations.some((c) => c.source === source)) continue;
        removed++;
        if (!touched.has(file)) touched.set(file, new Set());
        touched.get(file)!.add(year.year);
        had.citations = had.citations.filter((c) => c.source !== source);
        if (had.citations.length === 0) {
          delete year[part];
          if (part === 'target') delete year.plan;
        }
      }
    series.years = series.years.filter((y) => y.target || y.actual || y.verdict);
    writeFileSync(path.join(dir, 'series', file), `${JSON.stringify(series, null, 2)}\n`);
  }
  return { touched, removed };
}

/** The series as a curator would compare them: see the header for each difference allowed. */
function normalized(
  series: Series,
  years: Set<number>,
  source: string,
  text: string,
  quotes: Map<string, string>,
) {
  const copy = structuredClone(series);
  for (const year of copy.years) {
    if (!years.has(year.year)) continue;
    delete year.note;
    delete year.curatorNote;
    for (const part of ['target', 'actual'] as const) {
      const p = year[part];
      if (!p) continue;
      delete p.note;
      delete p.curatorNote;
      p.citations.sort((a, b) => (a.source < b.source ? -1 : 1));
      for (const c of p.citations)
        if (c.source === source) {
          expect(text).toContain(c.quote);
          quotes.set(`${year.year} ${part}`, c.quote);
          c.quote = '(the seed)';
          delete c.quoteKey;
        }
    }
  }
  return copy;
}

const trim = (q: string) => q.replace(/[。；;]$/, '');

function extractWrite(dir: string, seed: (typeof SEEDS)[number]) {
  return spawnSync(
    'node_modules/.bin/tsx',
    [
      'scripts/data-extract.ts',
      path.resolve('../shared/seeds', seed.file),
      '--write',
      '--plan',
      seed.plan,
      '--source',
      seed.source,
      '--data-dir',
      dir,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
}

function allFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), readFileSync(file, 'utf8'));
    }
  return out;
}

describe('round trip: a seed extracted and written back gives today’s data/', () => {
  for (const seed of SEEDS)
    it(`writes back what ${seed.file} states, as data/ holds it`, () => {
      const dir = copyData();
      const { touched, removed } = removeCitations(dir, seed.source);
      expect(removed).toBe(seed.removed);
      const run = extractWrite(dir, seed);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        new RegExp(`✓ wrote ${seed.removed} entries into ${touched.size} files`),
      );
      // The run checks data:check's rules before writing; data:check agrees afterwards.
      const check = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dir], {
        encoding: 'utf8',
      });
      expect(check.status, check.stdout + check.stderr).toBe(0);

      const today = allFiles('data');
      const after = allFiles(dir);
      expect([...after.keys()].sort()).toEqual([...today.keys()].sort());
      const text = seedText(seed.file);
      for (const [file, content] of today) {
        const name = path.basename(file);
        if (!file.startsWith('series') || !touched.has(name)) {
          expect(after.get(file), file).toBe(content);
          continue;
        }
        const years = touched.get(name)!;
        const quotesToday = new Map<string, string>();
        const quotesWritten = new Map<string, string>();
        const want = normalized(readSeries('data', name), years, seed.source, text, quotesToday);
        const got = normalized(readSeries(dir, name), years, seed.source, text, quotesWritten);
        expect(got, name).toEqual(want);
        expect([...quotesWritten.keys()]).toEqual([...quotesToday.keys()]);
        for (const [key, quote] of quotesWritten) {
          const curator = quotesToday.get(key)!;
          const [shorter, longer] = [trim(quote), trim(curator)].sort(
            (a, b) => a.length - b.length,
          );
          expect(longer, `${name} ${key}`).toContain(shorter);
        }
      }
    });

  for (const seed of SEEDS)
    it(`changes nothing on today’s data/ for ${seed.file}: every match is already there`, () => {
      const dir = copyData();
      const before = allFiles(dir);
      const run = extractWrite(dir, seed);
      expect(allFiles(dir)).toEqual(before);
      const already = run.stdout.match(/^= #\d+ is already in/gm) ?? [];
      const problems = run.stdout.match(/^✗ #\d+ .*$/gm) ?? [];
      if (seed.file.startsWith('001')) {
        expect(already).toHaveLength(10);
        expect(problems).toEqual([]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain(
          '✓ nothing to change: all 10 accepted candidates are already in',
        );
      } else {
        // Seed 000's "优良天数比例首次突破80%" is not the 85.2% data/ holds for 2025: said, not written.
        expect(already).toHaveLength(6);
        expect(problems).toEqual([
          expect.stringMatching(
            /^✗ #6 value: data\/ already has 85\.2 for good-air-days-share 2025 actual/,
          ),
        ]);
        expect(run.status).toBe(1);
      }
    });
});
