// What the extractor proposes for one claim: every field always present, null when unknown, so
// `data:extract --json` prints the same shape for every candidate.
import type { Comparator } from '../dataset/vocabulary.ts';
import type { Unit } from '../dataset/schema.ts';
import type { QuoteRule } from '../dataset/quote-meaning.ts';
import type { ClaimKind } from './claim-kind.ts';

export interface Candidate {
  kind: ClaimKind;
  value: number;
  unit: Unit;
  measure: string | null;
  comparator: Comparator | null;
  /** The year a target is due or an actual reports on. */
  year: number | null;
  /** A target's deadline (YYYY-12-31 of its year). */
  deadline: string | null;
  /** An actual's as-of date when the text gives one. */
  date: string | null;
  /** The words naming what is counted. */
  subject: string | null;
  /** The shortest clause stating the claim: an exact substring of the document. */
  quote: string;
  /** The words before the figure, when the quote states several figures of one kind. */
  quoteKey: string | null;
  /** Where the quote starts in the document. */
  at: number;
  /** The quote rule the proposal still breaks (the curator must fix it), or null. */
  problem: QuoteRule | null;
  /** `indicator:<id>`, `series:<id>:<year>`, or "new". */
  match: string;
}
