// The year a claim refers to, as its text says: the nearest year written before it in its period
// (2025年, 年内, 今年, 去年, 目前, 十四五, 通过五年时间), else one written after it there, else the
// last year its paragraph named before it. Null when the text says nothing: the document then
// decides (document-years.ts). A comparison's base (比2019年, 较上年) and a start (自2021年, 2019年以来)
// are not the claim's year.
import { quotedYears, type QuotedYear } from '../dataset/quote-years.ts';
import { durationYears } from './claim-durations.ts';

/** The five-year plans a text may name, and the year each ends. */
export const FIVE_YEAR_PLANS: [RegExp, number][] = [
  [/十三五/g, 2020],
  [/十四五/g, 2025],
  [/十五五/g, 2030],
  [/十六五/g, 2035],
];

// Words before a year that make it a comparison's base or a start, not the claim's year.
const BASE_BEFORE = /(?:比|较|相比|对比|同|自|从|与)\s*$/;
const START = /^(?:(?:19|20)\d{2}\s*年|去年|上年|今年)(?:度|底|末)?\s*(?:以来|起至今|至今)/;

/**
 * Every year a (folded) text names, with where; relative words read against `docYear`; with
 * `spans`, the deadlines written as spans of years too.
 */
export function yearsIn(text: string, docYear: number | null, spans = true): QuotedYear[] {
  const years = quotedYears(text, docYear ?? undefined);
  const add = (re: RegExp, year: number) => {
    for (const m of text.matchAll(re)) years.push({ year, at: m.index });
  };
  if (docYear !== null) {
    add(/去年|上年|过去一年/g, docYear - 1);
    add(/目前/g, docYear);
    add(/明年/g, docYear + 1);
  }
  for (const [re, year] of FIVE_YEAR_PLANS) add(re, year);
  // An as-of date's year (截至2024年6月) is the claim's, though other dates are not.
  for (const m of text.matchAll(/截至\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月/g))
    years.push({ year: Number(m[1]), at: m.index });
  const own = years.filter((y) => {
    const before = text.slice(Math.max(0, y.at - 3), y.at);
    // 三年内 is a span (claim-durations.ts), not 年内 (this year).
    if (text.startsWith('年内', y.at) && /[\d一二两三四五六七八九十]$/.test(before)) return false;
    return !BASE_BEFORE.test(before) && !START.test(text.slice(y.at, y.at + 12));
  });
  if (spans) own.push(...durationYears(text, docYear));
  return own.sort((a, b) => a.at - b.at);
}

export interface YearContext {
  /** The claim's period (its sentence and those joined to it by ；). */
  period: string;
  /** Where the claim's number sits in `period`. */
  at: number;
  /** The paragraph's text before the period. */
  paragraphBefore: string;
  docYear: number | null;
}

/** The year the claim's own words give, or null. */
export function claimYear(ctx: YearContext): number | null {
  // A duration counts from the year written before it, in the period or the paragraph.
  const inPeriod = yearsIn(ctx.paragraphBefore + ctx.period, ctx.docYear)
    .map((y) => ({ ...y, at: y.at - ctx.paragraphBefore.length }))
    .filter((y) => y.at >= 0);
  const before = inPeriod.filter((y) => y.at < ctx.at);
  if (before.length > 0) return before[before.length - 1]!.year;
  if (inPeriod.length > 0) return inPeriod[0]!.year;
  // A span (用三年时间) belongs to its own sentence: it is not carried to the next.
  const carried = yearsIn(ctx.paragraphBefore, ctx.docYear, false);
  if (carried.length > 0) return carried[carried.length - 1]!.year;
  return null;
}

/** The as-of date an actual states (截至2023年底 → 2023-12-31, 截至目前 → the document's date). */
export function asOfDate(period: string, docDate: string | null): string | null {
  const m = /截至\s*((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月)?\s*(底|末)?/.exec(period);
  if (m) {
    const year = Number(m[1]);
    if (!m[2]) return `${year}-12-31`;
    const month = Number(m[2]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  }
  if (/截至目前|目前/.test(period)) return docDate;
  return null;
}
