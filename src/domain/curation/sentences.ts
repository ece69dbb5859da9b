// Splits a document into sentences and clauses with their offsets, so every quote the extractor
// proposes is an exact substring of the text it was given.

/** A sentence of the document: text[start, end). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Paragraphs are separated by hard line breaks; a wrapped line does not start one. */
  paragraph: number;
  /** Sentences split on ；/; belong to the same period (up to 。！？ or a paragraph's end). */
  period: number;
}

const TERMINAL = new Set(['。', '；', '！', '？', ';', '!', '?']);
const PERIOD_END = new Set(['。', '！', '？', '!', '?']);
const CLOSING = new Set(['”', '’', '」', '』', '）', ')', '"']);
// A line this long that does not end a sentence was wrapped by the document's layout (a PDF or a
// narrow column): the sentence goes on after the break. Headings are shorter.
const WRAPPED_LINE = 40;

function isSoftBreak(text: string, lineStart: number, breakAt: number): boolean {
  const line = text.slice(lineStart, breakAt).trim();
  if (line.length < WRAPPED_LINE) return false;
  const last = line[line.length - 1]!;
  return !TERMINAL.has(last) && !CLOSING.has(last) && last !== '：' && last !== ':';
}

/** The document's sentences, split on 。；！？ (and ASCII ;!?) and hard line breaks. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let period = 0;
  let start = 0;
  let lineStart = 0;
  const push = (end: number, endsPeriod: boolean) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      sentences.push({
        text: trimmed,
        start: start + lead,
        end: start + lead + trimmed.length,
        paragraph,
        period,
      });
      if (endsPeriod) period += 1;
    }
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j += 1;
      if (!isSoftBreak(text, lineStart, i)) {
        push(i, false);
        paragraph += 1;
        period = (sentences[sentences.length - 1]?.period ?? -1) + 1;
        start = j;
      }
      lineStart = j;
      i = j;
      continue;
    }
    if (TERMINAL.has(ch)) {
      let j = i + 1;
      while (j < text.length && CLOSING.has(text[j]!)) j += 1;
      push(j, PERIOD_END.has(ch));
      i = j;
      continue;
    }
    i += 1;
  }
  push(text.length, true);
  return sentences;
}

/** A clause of a sentence: split further on ，/, (not a digit group's comma) and ：. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** The clauses of a sentence, with offsets in the document. */
export function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  const { text } = sentence;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const start = sentence.start + from + lead;
      clauses.push({ text: trimmed, start, end: start + trimmed.length });
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const digitComma =
      ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d{3}/.test(text.slice(i + 1, i + 4));
    if ((ch === '，' || ch === ',' || ch === '：') && !digitComma) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return clauses;
}
