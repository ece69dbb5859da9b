// Numbers, percentages and dates as the dashboard prints them, in Chinese or English.
import type { Localized, Unit } from '../dataset/schema.ts';

export type Locale = 'zh' | 'en';

/** BCP 47 tags behind each UI language; English dates print day-month-year ("31 Dec 2025"). */
export const NUMBER_LOCALES: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };
export const DATE_LOCALES: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };
/** Printed where a value cannot be computed. */
export const NO_VALUE = '—';
/** Chinese large-number units: 万 = 10^4, 亿 = 10^8. */
export const WAN = 1e4;
export const YI = 1e8;
export const MAX_COUNT_DECIMALS = 2;

// Formatters are made on first use: each Intl constructor loads locale data, which costs a
// phone tens of milliseconds at start-up, and the English ones are often never needed.
const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
const byLocale = <T>(make: (locale: Locale) => T): Record<Locale, () => T> => ({
  zh: once(() => make('zh')),
  en: once(() => make('en')),
});

const zhPlain = once(
  () =>
    new Intl.NumberFormat('zh-CN', {
      maximumFractionDigits: MAX_COUNT_DECIMALS,
      useGrouping: false,
    }),
);
const enWhole = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));
const oneDecimal = once(
  () => new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);
const upToOneDecimal = byLocale(
  (locale) =>
    new Intl.NumberFormat(NUMBER_LOCALES[locale], {
      maximumFractionDigits: 1,
      ...(locale === 'zh' ? { useGrouping: false } : {}),
    }),
);
const percentFormats = byLocale(
  (locale) =>
    new Intl.NumberFormat(NUMBER_LOCALES[locale], { style: 'percent', maximumFractionDigits: 0 }),
);
const dateFormats = byLocale(
  (locale) =>
    new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      timeZone: 'UTC',
      year: 'numeric',
      month: locale === 'zh' ? 'long' : 'short',
      day: 'numeric',
    }),
);

const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** A count in 万/亿 from 10,000 up ("28万", "1.2亿"); plain digits below ("8000"). */
export function formatZhCount(value: number): string {
  const abs = Math.abs(value);
  // Round in 万 first so 99,999,999 reads "1亿", not "10000万".
  if (abs >= YI || roundTo(abs / WAN, MAX_COUNT_DECIMALS) >= WAN)
    return `${zhPlain().format(value / YI)}亿`;
  if (abs >= WAN) return `${zhPlain().format(value / WAN)}万`;
  return zhPlain().format(value);
}

/** A count with grouping ("214,916"), whole. */
function formatEnCount(value: number): string {
  return enWhole().format(value);
}

/**
 * A value as it is shown and exported: a count is whole (a projection of 7042.94 studios prints
 * 7043, as does a gap or pace), half away from zero as Intl rounds; a rate keeps its decimals.
 */
export function displayedValue(value: number, unit: Unit): number {
  if (unit !== 'count') return value;
  const whole = Math.sign(value) * Math.round(Math.abs(value));
  return whole === 0 ? 0 : whole;
}

/** A value in its unit for display; counts take the indicator's counter word (家 / studios). */
export function formatValue(
  value: number,
  unit: Unit,
  locale: Locale,
  measure?: Localized,
): string {
  switch (unit) {
    case 'percent':
      return `${upToOneDecimal[locale]().format(value)}%`;
    case 'days': {
      const n = upToOneDecimal[locale]().format(value);
      if (locale === 'zh') return `${n}天`;
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    }
    case 'ug_m3':
      return `${oneDecimal().format(value)} μg/m³`;
    case 'count': {
      const whole = displayedValue(value, unit);
      const n = locale === 'zh' ? formatZhCount(whole) : formatEnCount(whole);
      if (!measure) return n;
      return locale === 'zh' ? `${n}${measure.zh}` : `${n} ${measure.en}`;
    }
  }
}

/**
 * A difference between two values in the unit (a gap, a pace). For a rate the difference is in
 * percentage points: 82.4% → 90% is "7.6 个百分点" / "7.6 pp", never "7.6%".
 */
export function formatDifference(
  value: number,
  unit: Unit,
  locale: Locale,
  measure?: Localized,
): string {
  if (unit !== 'percent') return formatValue(value, unit, locale, measure);
  const n = upToOneDecimal[locale]().format(value);
  return locale === 'zh' ? `${n}个百分点` : `${n} pp`;
}

/** A progress fraction as a whole percentage ("45%"); unclamped, so 1.12 prints "112%". */
export function formatPercent(fraction: number | null, locale: Locale): string {
  return fraction === null ? NO_VALUE : percentFormats[locale]().format(fraction);
}

/** An ISO day as "2025年12月31日" or "31 Dec 2025", read in UTC so it never shifts a day. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (locale === 'zh') return dateFormats.zh().format(date);
  // Day-month-year with the three-letter months every month has: en-GB's CLDR data writes
  // "Sept" beside "Jun", so the month comes from en-US and the order is set here.
  const parts = dateFormats.en().formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/** A chart axis value (ms since the epoch, UTC midnight) as a date in the locale. */
export function formatTimestamp(ms: number, locale: Locale): string {
  return formatDate(new Date(ms).toISOString().slice(0, 10), locale);
}

/** The sign a target's comparator prints as: ≥ for "at least", ≤ for "at most". */
export const COMPARATOR_SIGN = { gte: '≥', lte: '≤' } as const;

/** A target with its sign ("≥ 300个", "≤ 5%"). */
export function formatTarget(
  value: number,
  comparator: keyof typeof COMPARATOR_SIGN,
  unit: Unit,
  locale: Locale,
  measure?: Localized,
): string {
  return `${COMPARATOR_SIGN[comparator]} ${formatValue(value, unit, locale, measure)}`;
}
