// @vitest-environment node
// CI fails if the extractor finds less than 90% of the hand-written seed key (value, kind, unit
// and year), or if its precision (the share of proposals matching a key row) falls below 95%,
// just under the 47/47 it reached. Recall and precision per seed are printed for the bench and the
// closing note; `npx tsx scripts/seed-score.ts` lists the misses and the false proposals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { SEED_KEY } from './seed-key';
import { scoreSeed } from './score';

// The seeds sit beside the repository (../shared/seeds), as data/README.md says.
const SEED_DIR = path.resolve('../shared/seeds');
const dates = new Map<string, string>(
  (
    JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
      sources: { seedFile?: string; date: string }[];
    }
  ).sources.flatMap((s) => (s.seedFile ? [[s.seedFile, s.date] as [string, string]] : [])),
);
const seeds = [...new Set(SEED_KEY.map((r) => r.seed))];
const readSeed = (seed: string) => readFileSync(path.join(SEED_DIR, seed), 'utf8');

describe('seed key', () => {
  it('quotes every row exactly from its seed', () => {
    for (const row of SEED_KEY)
      for (const s of [row.sentence, ...(row.alsoIn ?? [])])
        expect(readSeed(row.seed)).toContain(s);
  });
});

const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.95;

describe('extraction recall and precision on the seed key', () => {
  it('finds at least 90% of the key with the right value, kind, unit and year, and few false claims', () => {
    let found = 0;
    let total = 0;
    let correct = 0;
    let proposals = 0;
    for (const seed of seeds) {
      const text = readSeed(seed);
      const { candidates } = extractClaims(text, { date: dates.get(seed) ?? null });
      const s = scoreSeed(seed, text, SEED_KEY, candidates);
      found += s.found;
      total += s.keyRows;
      correct += s.correct;
      proposals += s.proposals;
      console.info(
        `${seed}: recall ${s.found}/${s.keyRows}, precision ${s.correct}/${s.proposals}, duplicates ${s.duplicates}`,
      );
    }
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    console.info(
      `all seeds: recall ${found}/${total} = ${pct(found / total)}, precision ${correct}/${proposals} = ${pct(correct / proposals)}`,
    );
    expect(found / total).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(correct / proposals).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
