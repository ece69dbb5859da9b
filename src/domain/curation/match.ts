// Matches a candidate to the dataset entry it most likely belongs to: same unit, a compatible
// measure word and year, and the most shared two-character words between its subject and quote
// and the entry's name; else "new".
import type { Candidate } from './candidate.ts';

export interface KnownEntry {
  /** `indicator:<id>` or `series:<id>:<year>`. */
  ref: string;
  name: string;
  unit: string;
  measure: string | null;
  /** The year it is for (a series year, an indicator's deadline year), or null for any. */
  year: number | null;
}

const MIN_SCORE = 0.34;

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\d.,，、。%％“”]/g, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** The ref of the best-matching entry, or "new". */
export function matchCandidate(candidate: Candidate, entries: readonly KnownEntry[]): string {
  const words = bigrams(`${candidate.subject ?? ''}${candidate.quote}`);
  let best = { ref: 'new', score: MIN_SCORE };
  for (const entry of entries) {
    if (entry.unit !== candidate.unit) continue;
    if (entry.measure && candidate.measure && entry.measure !== candidate.measure) continue;
    if (entry.year !== null && candidate.year !== null && entry.year !== candidate.year) continue;
    const name = bigrams(entry.name);
    if (name.size === 0) continue;
    const shared = [...name].filter((b) => words.has(b)).length;
    const score = shared / name.size;
    if (score > best.score) best = { ref: entry.ref, score };
  }
  return best.ref;
}
