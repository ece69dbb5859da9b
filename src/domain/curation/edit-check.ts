// Whether an edited candidate's quote still backs it, by data:check's own reading of quotes
// (readQuote), so the page can say which rule an edit breaks before anything is applied.
import { readQuote, type QuoteRule } from '../dataset/quote-meaning.ts';
import type { Candidate } from './candidate.ts';

export interface EditReading {
  rule: QuoteRule;
  message: string;
}

/** The first quote rule the candidate breaks, or null; `sourceYear` is what 今年/年内 mean. */
export function editProblem(candidate: Candidate, sourceYear: number | null): EditReading | null {
  const target = candidate.kind === 'target';
  const deadlineYear = candidate.deadline ? Number(candidate.deadline.slice(0, 4)) : null;
  const reading = readQuote(candidate.quote, {
    value: candidate.value,
    unit: candidate.unit,
    ...(candidate.unit === 'count' && candidate.measure
      ? { measureWords: [candidate.measure] }
      : {}),
    ...(target && candidate.comparator ? { comparator: candidate.comparator } : {}),
    ...(target && deadlineYear !== null ? { deadlineYear } : {}),
    ...(target && sourceYear !== null ? { sourceYear } : {}),
    ...(candidate.quoteKey ? { quoteKey: candidate.quoteKey } : {}),
  });
  return reading.ok ? null : { rule: reading.rule, message: reading.message };
}
