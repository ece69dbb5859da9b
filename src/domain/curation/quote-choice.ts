// Chooses the quote for a claim: its clause when that passes every quote rule of data:check,
// with a quoteKey when the clause states several figures of one kind; else its sentence.
import { readQuote, type QuoteRule, type QuotedClaim } from '../dataset/quote-meaning.ts';
import type { Comparator } from '../dataset/vocabulary.ts';
import type { Unit } from '../dataset/schema.ts';
import type { Clause, Sentence } from './sentences.ts';

export interface ClaimBasics {
  value: number;
  unit: Unit;
  measure: string | null;
  comparator: Comparator | null;
  year: number | null;
  docYear: number | null;
  kind: string;
}

export interface QuoteChoice {
  quote: string;
  quoteKey: string | null;
  at: number;
  problem: QuoteRule | null;
}

const KEY_WORDS = /([^\d\s,，;；。、.%％：:“”"]{1,6})$/;

/** The shortest span of the document that states the claim, and what it still breaks. */
export function quoteFor(
  text: string,
  clause: Clause,
  sentence: Sentence,
  numberAt: number,
  claim: ClaimBasics,
): QuoteChoice {
  const quoted: QuotedClaim = {
    value: claim.value,
    unit: claim.unit,
    ...(claim.measure && claim.unit === 'count' ? { measureWords: [claim.measure] } : {}),
    ...(claim.kind === 'target' && claim.comparator ? { comparator: claim.comparator } : {}),
    ...(claim.kind === 'target' && claim.year !== null ? { deadlineYear: claim.year } : {}),
    ...(claim.docYear !== null ? { sourceYear: claim.docYear } : {}),
  };
  let last: QuoteChoice | null = null;
  for (const span of [clause, sentence]) {
    const quote = text.slice(span.start, span.end);
    const reading = readQuote(quote, quoted);
    if (reading.ok) return { quote, quoteKey: null, at: span.start, problem: null };
    if (reading.rule === 'quote-key-needed') {
      const key = KEY_WORDS.exec(text.slice(span.start, numberAt))?.[1] ?? null;
      if (key && readQuote(quote, { ...quoted, quoteKey: key }).ok)
        return { quote, quoteKey: key, at: span.start, problem: null };
    }
    last ??= { quote, quoteKey: null, at: span.start, problem: reading.rule };
  }
  return last!;
}
