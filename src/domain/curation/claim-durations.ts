// Deadlines written as a span of years (通过五年左右时间, 用3年时间, 三年内): the span counts from
// the last year the text writes before it (2023年7月…要求通过五年左右时间 → 2028), else from the
// document's year.
import type { QuotedYear } from '../dataset/quote-years.ts';

const CN_DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const SPAN = '([1-9]|10|[一二两三四五六七八九十])';
const DURATIONS = [
  new RegExp(
    `(?:通过|用|利用|经过|花|再用|力争用)\\s*${SPAN}\\s*年(?:左右|多)?(?:的)?\\s*时间`,
    'g',
  ),
  new RegExp(`(?<![\\d一二两三四五六七八九十])${SPAN}\\s*年(?:之)?内`, 'g'),
];
// Any year written, dates included (2023年7月): the base a span counts from.
const ANY_YEAR = /((?:19|20)\d{2})\s*年/g;

const spanOf = (n: string) => CN_DIGIT[n] ?? Number(n);

/** The deadline years a text writes as spans, at the span's place. */
export function durationYears(text: string, docYear: number | null): QuotedYear[] {
  const out: QuotedYear[] = [];
  for (const re of DURATIONS) {
    for (const m of text.matchAll(re)) {
      const written = [...text.slice(0, m.index).matchAll(ANY_YEAR)];
      const base = written.length > 0 ? Number(written[written.length - 1]![1]) : docYear;
      if (base !== null) out.push({ year: base + spanOf(m[1]!), at: m.index });
    }
  }
  return out;
}
