// Every seed of the key extracted and scored, each with the date data/sources.json gives it (the
// seeds print none, and 今年 needs one): shared by the seed test, `scripts/seed-score.ts` and the
// bench, so the three report the same figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Candidate } from '../../src/domain/curation/candidate.ts';
import { extractClaims } from '../../src/domain/curation/extract.ts';
import { scoreSeed, type SeedScore } from './score.ts';
import { SEED_KEY } from './seed-key.ts';

/** The seeds sit beside the repository (../shared/seeds), as data/README.md says. */
export const SEED_DIR = path.resolve('../shared/seeds');

export interface ScoredSeed {
  text: string;
  candidates: Candidate[];
  score: SeedScore;
}

export function seedDates(sourcesFile = 'data/sources.json'): Map<string, string> {
  const { sources } = JSON.parse(readFileSync(sourcesFile, 'utf8')) as {
    sources: { seedFile?: string; date: string }[];
  };
  return new Map(sources.flatMap((s) => (s.seedFile ? [[s.seedFile, s.date] as const] : [])));
}

export function scoreSeeds(seedDir = SEED_DIR): ScoredSeed[] {
  const dates = seedDates();
  return [...new Set(SEED_KEY.map((r) => r.seed))].map((seed) => {
    const text = readFileSync(path.join(seedDir, seed), 'utf8');
    const { candidates } = extractClaims(text, { date: dates.get(seed) ?? null });
    return { text, candidates, score: scoreSeed(seed, text, SEED_KEY, candidates) };
  });
}

/** The totals over every seed. */
export function totalScore(scored: readonly ScoredSeed[]) {
  const sum = (pick: (s: SeedScore) => number) => scored.reduce((n, s) => n + pick(s.score), 0);
  return {
    found: sum((s) => s.found),
    keyRows: sum((s) => s.keyRows),
    correct: sum((s) => s.correct),
    proposals: sum((s) => s.proposals),
  };
}
