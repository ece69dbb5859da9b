// applyCuration writes all or nothing. `data:extract --write` writes what it can: an entry with a
// problem (a quote rule broken, a figure data/ holds with another value…) is reported under its
// candidate's number and left out, and the rest applied again until nothing is wrong.
import type { DataFile } from '../dataset/data-error.ts';
import {
  applyCuration,
  entryCitations,
  type AppliedCuration,
  type CurationProblem,
} from './apply-curation.ts';
import type { CandidateReport } from './extract-entries.ts';
import type { CurationUpdate } from './update-file.ts';

export interface WritableResult {
  /** The last application: nothing in it has a problem; null when no entry was left. */
  applied: AppliedCuration | null;
  /** The update that was applied (entries with problems left out), or null. */
  update: CurationUpdate | null;
  /** numbers[i]: the candidate update.entries[i] came from. */
  numbers: number[];
  reports: CandidateReport[];
  /** Problems of no entry (data/ itself, a new source): nothing can be written. */
  refusal: CurationProblem[];
}

/** What a problem says, with the quote rule it names. */
export const problemText = (p: CurationProblem): string =>
  `${p.what.en}${p.rule ? ` [rule ${p.rule}]` : ''} (${p.fix.en})`;

export function applyWritable(
  files: readonly DataFile[],
  update: CurationUpdate,
  numbers: readonly number[],
  options: { dir?: string; today: string },
): WritableResult {
  const reports: CandidateReport[] = [];
  let current = { update, numbers: [...numbers] };
  for (;;) {
    if (current.update.entries.length === 0)
      return { applied: null, update: null, numbers: [], reports, refusal: [] };
    const applied = applyCuration(files, current.update, options);
    const refusal = applied.problems.filter((p) => p.entry === undefined);
    if (refusal.length > 0) return { applied: null, update: null, numbers: [], reports, refusal };
    const bad = new Set(applied.problems.map((p) => p.entry!));
    if (bad.size === 0) return { applied, ...current, reports, refusal: [] };
    for (const p of applied.problems)
      reports.push({
        number: current.numbers[p.entry!]!,
        field: p.field ?? 'entry',
        why: problemText(p),
      });
    const keep = (_: unknown, i: number) => !bad.has(i);
    const entries = current.update.entries.filter(keep);
    // A new source no remaining entry cites is left out with them.
    const cited = new Set(entries.flatMap((e) => entryCitations(e).map((c) => c.source)));
    current = {
      update: {
        ...current.update,
        entries,
        sources: current.update.sources.filter((s) => cited.has(s.id)),
      },
      numbers: current.numbers.filter(keep),
    };
  }
}
