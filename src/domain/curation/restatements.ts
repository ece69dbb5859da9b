// A claim said twice is proposed once. A headline's claim restated in its section's body
// (## 全市已有282所幼儿园… then 截至目前,全市共有282所幼儿园…) is taken from the body, which gives
// its date; a claim a later sentence of the same section says again (今年…将开展10场…,
// then 2024年…将开展10场…: the same value, measure, kind, year and subject words) is taken where
// first said.
import type { Candidate } from './candidate.ts';
import type { Sentence } from './sentences.ts';

// A heading: a paragraph of one line, short, that ends no sentence (or a Markdown heading).
const HEADING_LENGTH = 40;
const ENDS_SENTENCE = /[。！？；;!?…”"」』）)]$/;

/** The paragraphs that are headings. */
export function headingParagraphs(sentences: readonly Sentence[]): Set<number> {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences)
    byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  const headings = new Set<number>();
  for (const [paragraph, list] of byParagraph) {
    const text = list.map((s) => s.text).join('');
    if (
      /^#/.test(text) ||
      (list.length === 1 && text.length <= HEADING_LENGTH && !ENDS_SENTENCE.test(text))
    )
      headings.add(paragraph);
  }
  return headings;
}

/** A candidate with the sentence it was read from. */
export interface Placed {
  candidate: Candidate;
  sentence: Sentence;
}

const words = (text: string | null) => (text ?? '').replace(/[\s\p{P}]/gu, '');

const sameFigure = (a: Candidate, b: Candidate) =>
  a.value === b.value && a.unit === b.unit && a.measure === b.measure;

function sameClaim(a: Candidate, b: Candidate): boolean {
  if (!sameFigure(a, b) || a.kind !== b.kind || a.year !== b.year) return false;
  // The same words (one may say less): A区新建驿站 and B区新建驿站 are two claims.
  const mine = words(a.subject);
  const theirs = words(b.subject);
  return mine.includes(theirs) || theirs.includes(mine);
}

/** The candidates without restatements, in text order. */
export function dropRestatements(
  placed: readonly Placed[],
  sentences: readonly Sentence[],
): Candidate[] {
  const headings = headingParagraphs(sentences);
  // A section runs from a heading (or a run of headings) to the next one after body text.
  const sectionOf = new Map<number, number>();
  let section = 0;
  let inBody = false;
  for (const s of sentences) {
    const heading = headings.has(s.paragraph);
    if (heading && inBody) section += 1;
    inBody = !heading;
    sectionOf.set(s.paragraph, section);
  }
  const kept: Placed[] = [];
  for (const p of placed) {
    const section = sectionOf.get(p.sentence.paragraph);
    const sameSection = (o: Placed) => sectionOf.get(o.sentence.paragraph) === section;
    const body = (o: Placed) => !headings.has(o.sentence.paragraph);
    if (
      !body(p) &&
      placed.some((o) => body(o) && sameSection(o) && sameFigure(o.candidate, p.candidate))
    )
      continue;
    if (
      body(p) &&
      kept.some(
        (o) =>
          body(o) &&
          sameSection(o) &&
          o.sentence.period !== p.sentence.period &&
          sameClaim(o.candidate, p.candidate),
      )
    )
      continue;
    kept.push(p);
  }
  return kept.map((p) => p.candidate);
}
