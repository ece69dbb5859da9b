// Chooses the quote for a claim: the item of a list that states it on its own (…达到8000家、
// 北京市各级大工匠达到2000名、…), else its clause, when that passes every quote rule of data:check,
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
  const item = listItem(text, clause, numberAt);
  for (const span of item ? [item, clause, sentence] : [clause, sentence]) {
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

const HAS_FIGURE = /\d|覆盖/;
// Words that open an item without naming what it counts.
const ITEM_CUES =
  /包括|其中|以及|及|和|并|实现|推动|力争|提供|新增|新建|完成|达到|不少于|不低于|不超过|至少|超过|突破|提高到|提升到|控制在|以上|以内|余|多/g;
const SUBJECT_CHARS = 4;

/**
 * The item of the clause's list (split on 、) holding the number, when the list states several
 * figures and the item names what it counts in words of its own (北京市各级大工匠达到2000名, not
 * 完工183个). Items without a figure join the next (新建、改扩建学校35所 is one item).
 */
function listItem(text: string, clause: Clause, numberAt: number): Clause | null {
  const items: Clause[] = [];
  let from = clause.start;
  for (let i = clause.start; i <= clause.end; i += 1) {
    if (i < clause.end && text[i] !== '、') continue;
    const part = { text: text.slice(from, i), start: from, end: i };
    if (HAS_FIGURE.test(part.text) || i === clause.end) items.push(part);
    else continue; // joins the next
    from = i + 1;
  }
  if (items.length < 2) return null;
  const item = items.find((p) => p.start <= numberAt && numberAt < p.end);
  if (!item) return null;
  // An item that opens with its number (5家紧密型儿科、…) is a noun of a list, not a statement.
  if (text.slice(item.start, numberAt).replace(/[^\u4e00-\u9fff]/g, '').length < 2) return null;
  // The item's words around its number, less cue words and the measure word right after it.
  const after = text.slice(numberAt, item.end).replace(/^[\d.,万亿%％]*[余多]?\S/, '');
  const words = (text.slice(item.start, numberAt) + after)
    .replace(ITEM_CUES, '')
    .replace(/[^\u4e00-\u9fff]/g, '');
  return words.length >= SUBJECT_CHARS ? item : null;
}
