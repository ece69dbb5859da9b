// The numbers of a sentence that can be values: years, dates, ages, durations, phone and line
// numbers, ordinals, document numbers (京政发〔2024〕1号), slogans in numerals and structural counts
// (从6个方面) are never values.
import { COUNTER_WORDS, foldQuote, readFigures, type Figure } from '../dataset/quote-meaning.ts';
import type { Unit } from '../dataset/schema.ts';
import { approximateMagnitudes, coverageIn } from './worded-quantities.ts';

/** A number of the sentence that states a quantity, with its unit and measure word. */
export interface Quantity {
  value: number;
  unit: Unit;
  measure: string | null;
  /** Offsets in the sentence: [at, end) covers the number and its measure word. */
  at: number;
  end: number;
  /** The text gives it only approximately (近万, 近1000名): never a figure to take as exact. */
  approximate?: boolean;
  /** Written as 全覆盖 rather than as a number. */
  coverage?: boolean;
}

/** What a proposed count may be counted in: the quote reader's counters, less 届 (rounds, 第3届)
 * and 号 (document and house numbers), which never count what a target counts. */
const COUNT_WORDS = new Set(COUNTER_WORDS.filter((word) => word !== '届' && word !== '号'));
const STRUCTURAL_AFTER =
  /^.{0,2}(?:方面|特点|板块|部分|阶段|环节|步骤|维度|层次|原则|意识|自信|维护|中心|服务)/;
// A count of the document's own parts (18项具体指标, 15个重点工作专栏, 8个章节) describes the text.
const DOCUMENT_PARTS = /^[^，,。；、]{0,4}(?:指标|专栏|章节|篇章|重点任务|主要任务)/;
// Close to a number, not at it: 近1万人 is no more exact than 近万人, nor 约2万人 or 50名左右.
const NEARLY_BEFORE = /(?:将近|接近|近|大约|约)\s*$/;
const ABOUT_AFTER = /^\s*左右/;
const ANNIVERSARY_AFTER = /^\s*(?:周年|周岁|多年|余年)/;
const HOTLINE_AFTER = /^[^，,。；;]{0,6}(?:热线|电话|专线)/;
const DOC_NUMBER_BEFORE = /[〔［[(（]\s*$/;
const QUOTED = (before: string, after: string) =>
  /[“"'‘]\s*$/.test(before) && /^\s*[”"'’]/.test(after);
// A year written bare (〔2024〕, "2024-2025"); years written with 年 are flagged by readFigures.
const BARE_YEAR = /^(?:19|20)\d{2}$/;
const PHONE = /^\d{7,}$/;
const SCALED = /[万萬亿億]/;
// A number in digits: the extractor ignores numbers written in Chinese numerals unless they are a
// share (百分之五十, 九成); 四个中心, 一网七校三基地 and 五年 are slogans or durations, not claims.
const ARABIC_START = /[0-9]/;

/** Every quantity of a sentence a curator could take, in order. */
export function findQuantities(sentence: string): Quantity[] {
  const folded = foldQuote(sentence);
  const out: Quantity[] = [];
  for (const figure of readFigures(folded)) {
    const q = toQuantity(folded, figure);
    if (q && (NEARLY_BEFORE.test(folded.slice(0, q.at)) || ABOUT_AFTER.test(folded.slice(q.end))))
      q.approximate = true;
    if (q) out.push(q);
  }
  const coverage = coverageIn(folded);
  if (coverage) out.push(coverage);
  out.push(...approximateMagnitudes(folded));
  return out.sort((a, b) => a.at - b.at);
}

function toQuantity(text: string, f: Figure): Quantity | null {
  const at = Math.floor(f.at);
  const raw = text.slice(at, f.end);
  const before = text.slice(Math.max(0, at - 8), at);
  const afterNumber = text.slice(f.end);
  const afterWord = afterNumber.replace(/^[\s余多来]*/, '').slice(f.word.length);
  if (f.year || f.label) return null;
  if (!ARABIC_START.test(text[at] ?? '') && !f.percent) return null;
  if (DOC_NUMBER_BEFORE.test(before) || QUOTED(before, afterNumber)) return null;
  if (/[-—–~]\s*$/.test(before) && /\d/.test(text[at - 2] ?? '')) return null; // 010-6512…
  if (/^\s*[-—–]\s*\d/.test(afterNumber) && !f.word) return null;
  if (f.percent) return { value: f.value, unit: 'percent', measure: null, at, end: f.end };
  if (ANNIVERSARY_AFTER.test(afterNumber) || HOTLINE_AFTER.test(afterNumber)) return null;
  const end =
    f.end + (afterNumber.length - afterNumber.replace(/^[\s余多来]*/, '').length) + f.word.length;
  if (f.word === '天') return { value: f.value, unit: 'days', measure: '天', at, end };
  if (f.word === '微克') return { value: f.value, unit: 'ug_m3', measure: null, at, end };
  if (f.word === '') {
    // A bare number is a value only when written with 万/亿 (29.2万); else it is a code or label.
    if (!SCALED.test(raw) || BARE_YEAR.test(raw) || PHONE.test(raw)) return null;
    // 约2万字: counted in a word this dataset has no unit for.
    if (/^[\u4e00-\u9fff]/.test(afterNumber) && !/^[的和与及以左上下]/.test(afterNumber))
      return null;
    return { value: f.value, unit: 'count', measure: null, at, end: f.end };
  }
  if (!COUNT_WORDS.has(f.word)) return null; // 月, 日, 岁, 年, 元, 米…: dates, ages, money, sizes
  if (STRUCTURAL_AFTER.test(afterWord) || DOCUMENT_PARTS.test(afterWord)) return null;
  const measure = f.word === '人' && afterWord.startsWith('次') ? '人次' : f.word;
  return { value: f.value, unit: 'count', measure, at, end };
}
