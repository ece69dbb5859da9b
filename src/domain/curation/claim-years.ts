// The year a claim refers to: the nearest year written before it in its period (2025年, 年内,
// 今年, 去年, 目前, 十四五), else one written after it there, else the last year its paragraph named
// before it, else the period of the plan the document is about. Null when nothing says.
import { quotedYears, type QuotedYear } from '../dataset/quote-years.ts';

/** The five-year plans a text may name, and the year each ends. */
const FIVE_YEAR_PLANS: [RegExp, number][] = [
  [/十三五/g, 2020],
  [/十四五/g, 2025],
  [/十五五/g, 2030],
  [/十六五/g, 2035],
];

/** Every year a (folded) text names, with where; relative words read against `docYear`. */
export function yearsIn(text: string, docYear: number | null): QuotedYear[] {
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
  return years.sort((a, b) => a.at - b.at);
}

/** The plan period's last year when the title names a five-year plan; null otherwise. */
export function planEndYear(title: string | null): number | null {
  if (!title) return null;
  for (const [re, year] of FIVE_YEAR_PLANS) if (new RegExp(re.source).test(title)) return year;
  return null;
}

export interface YearContext {
  /** The claim's period (its sentence and those joined to it by ；). */
  period: string;
  /** Where the claim's number sits in `period`. */
  at: number;
  /** The paragraph's text before the period. */
  paragraphBefore: string;
  docYear: number | null;
  planEnd: number | null;
}

/** The year a claim refers to, or null. */
export function claimYear(ctx: YearContext): number | null {
  const inPeriod = yearsIn(ctx.period, ctx.docYear);
  const before = inPeriod.filter((y) => y.at < ctx.at);
  if (before.length > 0) return before[before.length - 1]!.year;
  if (inPeriod.length > 0) return inPeriod[0]!.year;
  const carried = yearsIn(ctx.paragraphBefore, ctx.docYear);
  if (carried.length > 0) return carried[carried.length - 1]!.year;
  return ctx.planEnd;
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
