// From a document's text to the claims a curator could take, each with the shortest clause that
// states it. Pure: the CLI and the /curate page give it text and what the text lacks.
import { COMPARATOR_WORDS, GTE_AFTER, LTE_AFTER, foldQuote } from '../dataset/quote-meaning.ts';
import type { Comparator } from '../dataset/vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { classifyKind } from './claim-kind.ts';
import { asOfDate, claimYear } from './claim-years.ts';
import { readDocumentMeta, type DocumentMeta } from './document-meta.ts';
import { readDocumentKind, untimedYear, type DocumentKind } from './document-years.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { dropRestatements, type Placed } from './restatements.ts';
import { splitClauses, splitSentences, type Sentence } from './sentences.ts';
import { subjectOf } from './subject.ts';
import { quoteFor } from './quote-choice.ts';

export interface ExtractOptions {
  /** The publication date (YYYY-MM-DD) when the text does not state it; 今年 needs one. */
  date?: string | null;
  title?: string | null;
}

export interface Extraction {
  meta: DocumentMeta;
  candidates: Candidate[];
}

interface DocumentContext {
  text: string;
  sentences: Sentence[];
  docDate: string | null;
  docYear: number | null;
  kind: DocumentKind;
}

/** Every quantified claim of the document, in text order, each once, with its metadata. */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const read = readDocumentMeta(text);
  const meta: DocumentMeta = {
    ...read,
    title: options.title ?? read.title,
    date: options.date ?? read.date,
  };
  const sentences = splitSentences(text);
  const doc: DocumentContext = {
    text,
    sentences,
    docDate: meta.date,
    docYear: meta.date ? Number(meta.date.slice(0, 4)) : null,
    kind: readDocumentKind(meta.title),
  };
  const placed: Placed[] = [];
  for (const sentence of sentences) {
    for (const q of findQuantities(sentence.text)) {
      const candidate = toCandidate(doc, sentence, q);
      // 全覆盖 is a claim only as a commitment or a result, never as a context figure.
      if (q.coverage && candidate.kind === 'figure') continue;
      placed.push({ candidate, sentence });
    }
  }
  return { meta, candidates: dropRestatements(placed, sentences) };
}

function toCandidate(doc: DocumentContext, sentence: Sentence, q: Quantity): Candidate {
  const { text, sentences, docYear } = doc;
  const docAt = sentence.start + q.at;
  const docEnd = sentence.start + q.end;
  const inPeriod = sentences.filter((s) => s.period === sentence.period);
  const periodStart = inPeriod[0]!.start;
  const periodEnd = inPeriod[inPeriod.length - 1]!.end;
  const period = foldQuote(text.slice(periodStart, periodEnd));
  const paragraphStart = sentences.find((s) => s.paragraph === sentence.paragraph)!.start;
  const clause = splitClauses(sentence).find((c) => c.start <= docAt && docAt < c.end) ?? {
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
  const paragraphBefore = foldQuote(text.slice(paragraphStart, periodStart));
  const ownYear = claimYear({ period, at: docAt - periodStart, paragraphBefore, docYear });
  const kind = classifyKind({
    clause: foldQuote(clause.text),
    period,
    at: docAt - periodStart,
    paragraphBefore,
    year: ownYear,
    docYear,
    inPlan: doc.kind.isPlan,
  });
  const year = ownYear ?? untimedYear(kind, period, doc.kind, docYear);
  const comparator = comparatorOf(
    foldQuote(clause.text),
    docAt - clause.start,
    docEnd - clause.start,
  );
  const base = {
    value: q.value,
    unit: q.unit,
    measure: q.measure,
    comparator,
    year,
    docYear,
    kind,
  };
  const chosen = quoteFor(text, clause, sentence, docAt, base);
  return {
    kind,
    value: q.value,
    unit: q.unit,
    measure: q.measure,
    comparator,
    year,
    deadline: kind === 'target' && year !== null ? `${year}-12-31` : null,
    date: kind === 'actual' ? asOfDate(period, doc.docDate) : null,
    subject: subjectOf(clause.text, docAt - clause.start, docEnd - clause.start),
    quote: chosen.quote,
    quoteKey: chosen.quoteKey,
    at: chosen.at,
    // The text gives an approximate figure (近万): the curator decides what to store.
    problem: q.approximate ? 'quote-value-inexact' : chosen.problem,
    match: 'new',
  };
}

/** The comparator the clause states for the number at [at, end), or null. */
function comparatorOf(clause: string, at: number, end: number): Comparator | null {
  const before = clause.slice(0, at);
  const after = clause.slice(end);
  if (GTE_AFTER.test(after)) return 'gte';
  if (LTE_AFTER.test(after)) return 'lte';
  // The word ending nearest the number; of two ending together the longer (不低于, not 低于).
  let best: { end: number; length: number; comparator: Comparator } | null = null;
  for (const [word, comparator] of COMPARATOR_WORDS) {
    const found = before.lastIndexOf(word);
    if (found < 0) continue;
    const wordEnd = found + word.length;
    if (!best || wordEnd > best.end || (wordEnd === best.end && word.length > best.length))
      best = { end: wordEnd, length: word.length, comparator };
  }
  return best?.comparator ?? null;
}
