// The candidates grouped by what they count: those matched to one indicator or series together
// (under its name), the rest by their subject words, in the order they first appear.
import type { Candidate } from './candidate.ts';

export interface CandidateGroup {
  /** The match ref, or `subject:<words>`. */
  key: string;
  /** The matched entry's name, or the subject (null when the text names none). */
  label: string | null;
  matched: boolean;
  indexes: number[];
}

/** `nameOf` gives the matched entry's name for a ref (`indicator:…`, `series:…:<year>`). */
export function groupCandidates(
  candidates: readonly Candidate[],
  nameOf: (ref: string) => string | null,
): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  candidates.forEach((c, index) => {
    const matched = c.match !== 'new';
    // A series' years are one thing counted: group by the series, not the year.
    const key = matched
      ? c.match.replace(/^(series:[^:]+):\d{4}$/, '$1')
      : `subject:${c.subject ?? ''}`;
    const group = groups.get(key);
    if (group) group.indexes.push(index);
    else
      groups.set(key, {
        key,
        label: matched ? nameOf(c.match) : c.subject,
        matched,
        indexes: [index],
      });
  });
  return [...groups.values()];
}
