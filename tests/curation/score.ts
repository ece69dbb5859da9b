// Scores the extractor against the hand-written seed key: a key row is found when a candidate has
// its value, kind, unit and year and its quote overlaps the row's sentence; precision is the share
// of candidates that match some key row; duplicates are candidates matching only rows an earlier
// candidate already matched (the same claim proposed twice).
import type { Candidate } from '../../src/domain/curation/candidate.ts';
import type { SeedKeyRow } from './seed-key.ts';

export interface SeedScore {
  seed: string;
  keyRows: number;
  found: number;
  proposals: number;
  correct: number;
  recall: number;
  precision: number;
  duplicates: number;
  missed: SeedKeyRow[];
  wrong: Candidate[];
}

function spans(text: string, row: SeedKeyRow): [number, number][] {
  return [row.sentence, ...(row.alsoIn ?? [])].flatMap((s) => {
    const out: [number, number][] = [];
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push([at, at + s.length]);
    return out;
  });
}

function matches(text: string, row: SeedKeyRow, c: Candidate): boolean {
  if (c.value !== row.value || c.kind !== row.kind || c.unit !== row.unit || c.year !== row.year) return false;
  const end = c.at + c.quote.length;
  return spans(text, row).some(([a, b]) => c.at < b && a < end);
}

/** Recall and precision of one seed's candidates against its key rows. */
export function scoreSeed(seed: string, text: string, key: readonly SeedKeyRow[], candidates: Candidate[]): SeedScore {
  const rows = key.filter((r) => r.seed === seed);
  const missed = rows.filter((r) => !candidates.some((c) => matches(text, r, c)));
  const wrong = candidates.filter((c) => !rows.some((r) => matches(text, r, c)));
  const found = rows.length - missed.length;
  const seen = new Set<SeedKeyRow>();
  let duplicates = 0;
  for (const c of candidates) {
    const hit = rows.filter((r) => matches(text, r, c));
    if (hit.length > 0 && hit.every((r) => seen.has(r))) duplicates += 1;
    for (const r of hit) seen.add(r);
  }
  const correct = candidates.length - wrong.length;
  return {
    seed,
    keyRows: rows.length,
    found,
    proposals: candidates.length,
    correct,
    recall: rows.length ? found / rows.length : 1,
    precision: candidates.length ? correct / candidates.length : 1,
    duplicates,
    missed,
    wrong,
  };
}
