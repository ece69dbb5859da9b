// Reads the numbers a Chinese or English source quote states, so data:check can prove
// that every figure in data/ is backed by the words quoted for it.
import type { Unit } from './schema.ts';

/** A number found in a quote; `percent` when it was written as a share (90%, 百分之九十, 九成). */
export interface Quantity {
  value: number;
  percent: boolean;
}

const FULLWIDTH_DIGIT = /[０-９]/g;
const SCALES: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, million: 6, billion: 9 };
// Grouped digits only count as thousands separators when every group has three digits,
// so "12,3456" reads as two numbers rather than a wrong one.
const ARABIC =
  /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?:\s*([万萬亿億]|million\b|billion\b))?(\s*[%％]|成)?/g;

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_RUN = /(百分之)?([零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億]+)(成)?/g;

/** Every number a quote states, with 万/亿 applied: "28万人" gives 280000. */
export function extractNumbers(text: string): number[] {
  return extractQuantities(text).map((q) => q.value);
}

/** Like extractNumbers, but remembers which numbers were written as percentages. */
export function extractQuantities(text: string): Quantity[] {
  return locateQuantities(text).map(({ value, percent }) => ({ value, percent }));
}

/** A quantity with where it sits in the (length-preserving) normalized quote: [at, end). */
export interface LocatedQuantity extends Quantity {
  at: number;
  end: number;
}

/** Fullwidth digits and points as ASCII; one character for one, so offsets stay the quote's. */
export function normalizeDigits(text: string): string {
  return text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, '.');
}

/** Every quantity of a quote in text order, with its position. */
export function locateQuantities(text: string): LocatedQuantity[] {
  const found: LocatedQuantity[] = [];
  const normalized = normalizeDigits(text);
  // Arabic numbers are read first and blanked out, so their 万 is not read again below.
  const rest = normalized.replace(
    ARABIC,
    (m: string, int: string, frac = '', scale = '', suffix = '', at: number) => {
      const digits = scaleDecimal(int.replace(/,/g, ''), frac, SCALES[scale] ?? 0);
      found.push({ ...readSuffix(digits, suffix), at, end: at + m.length });
      return ' '.repeat(m.length); // keeps offsets, so results stay in text order
    },
  );
  for (const match of rest.matchAll(CN_RUN)) {
    const [, percentPrefix, run = '', tenths] = match;
    const values = parseChineseRun(run);
    const end = match.index + match[0].length;
    values.forEach((value, i) => {
      const at = match.index + i / values.length; // several numbers in one run keep their order
      if (percentPrefix && i === 0) found.push({ value, percent: true, at, end });
      else if (tenths && i === values.length - 1)
        found.push({ value: value * 10, percent: true, at, end });
      else found.push({ value, percent: false, at, end });
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

// Policy texts often set a 100% target in words: 全覆盖 / 全面覆盖 / 全部覆盖 (full coverage).
const FULL_COVERAGE = /全(?:面|部)?覆[盖蓋]/;

/**
 * True when the quote states `value`; a count is never backed by a percentage. "全覆盖" states
 * 100 for a percent only: full coverage says nothing about how many things are covered.
 */
export function quoteStatesValue(quote: string, value: number, unit: Unit): boolean {
  if (unit === 'percent' && value === 100 && FULL_COVERAGE.test(quote)) return true;
  return extractQuantities(quote).some(
    (q) => (unit === 'percent' || !q.percent) && sameNumber(q.value, value),
  );
}

/** Equal within a relative 1e-9, so 0.1 + 0.2 matches a quoted 0.3. */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function readSuffix(value: number, suffix: string): Quantity {
  if (suffix === '成') return { value: value * 10, percent: true };
  return { value, percent: suffix.trim() !== '' };
}

// Shifts the decimal point in the string, so 11.2万 is exactly 112000 (11.2 * 1e4 is not).
function scaleDecimal(int: string, frac: string, power: number): number {
  const padded = frac.padEnd(power, '0');
  return Number(`${int}${padded.slice(0, power)}.${padded.slice(power) || '0'}`);
}

/**
 * Reads a run of Chinese numerals. Plain digit strings are positional (二〇二五 → 2025);
 * a digit that follows another digit with no unit between starts a new number, so
 * 十四五 (the 14th Five-Year Plan) reads as 14 and 5, not 15.
 */
function parseChineseRun(run: string): number[] {
  if ([...run].every((ch) => ch in CN_DIGITS)) {
    return [Number([...run].map((ch) => CN_DIGITS[ch]).join(''))];
  }
  const numbers: number[] = [];
  let total = 0; // whole 亿s already read
  let wan = 0; // whole 万s already read
  let section = 0; // below 万
  let digit = 0;
  let pendingDigit = false;
  let seen = false; // a lone 万 or 亿 (万众一心) states no number
  const flush = () => {
    if (seen) numbers.push(total + wan + section + digit);
    total = wan = section = digit = 0;
    pendingDigit = seen = false;
  };
  for (const ch of run) {
    const d = CN_DIGITS[ch];
    const unit = CN_UNITS[ch];
    if (d !== undefined) {
      if (pendingDigit) flush();
      digit = d;
      pendingDigit = d !== 0; // 零 is a placeholder: 一百零五
      seen = true;
    } else if (unit !== undefined) {
      section += (digit || 1) * unit;
      digit = 0;
      pendingDigit = false;
      seen = true;
    } else if (ch === '万' || ch === '萬') {
      wan = (section + digit) * 1e4;
      section = digit = 0;
      pendingDigit = false;
    } else {
      total = (total + wan + section + digit) * 1e8;
      wan = section = digit = 0;
      pendingDigit = false;
    }
  }
  flush();
  return numbers;
}
