// @vitest-environment node
// CI fails if the extractor finds less than 90% of the hand-written seed key (value, kind, unit
// and year), or if its precision (the share of proposals matching a key row) falls below 95%,
// just under the 47/47 it reached. Recall and precision per seed are printed for the bench and the
// closing note; `npx tsx scripts/seed-score.ts` lists the misses and the false proposals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_KEY } from './seed-key';
import { SEED_DIR, scoreSeeds, totalScore } from './seed-scores';

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
    const scored = scoreSeeds();
    for (const { score: s } of scored)
      console.info(
        `${s.seed}: recall ${s.found}/${s.keyRows}, precision ${s.correct}/${s.proposals}, duplicates ${s.duplicates}`,
      );
    const { found, keyRows: total, correct, proposals } = totalScore(scored);
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    console.info(
      `all seeds: recall ${found}/${total} = ${pct(found / total)}, precision ${correct}/${proposals} = ${pct(correct / proposals)}`,
    );
    expect(found / total).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(correct / proposals).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
