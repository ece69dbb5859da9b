// How simulated values are rounded and quoted, per unit, so they read like reported figures.
import type { Unit } from '../../src/domain/dataset/schema';

export const DEMO_SOURCE_ID = 'demo-simulated';

/** The reporting precision of a unit: rates to 0.1 pt, large counts to tens or hundreds. */
export function stepFor(unit: Unit, target: number): number {
  if (unit === 'percent' || unit === 'ug_m3') return 0.1;
  if (unit === 'count' && target >= 100_000) return 100;
  if (unit === 'count' && target >= 10_000) return 10;
  return 1;
}

/** Rounds to the unit's step and keeps it physically possible (no negative counts, rates ≤ 100). */
export function roundFor(unit: Unit, target: number, value: number): number {
  const step = stepFor(unit, target);
  // Dividing by 1/step rather than multiplying by step keeps 56.3 from printing as 56.300000000000004.
  const rounded =
    step < 1 ? Math.round(value / step) / Math.round(1 / step) : Math.round(value / step) * step;
  const floor = Math.max(0, rounded);
  return unit === 'percent' ? Math.min(100, floor) : floor;
}

const SUFFIX: Record<Unit, string> = {
  percent: '%',
  count: '',
  days: ' 天',
  ug_m3: ' 微克/立方米',
};

/**
 * A quote that states the value as text, so the citation reads like every other one. Real
 * quotes stay in their source's language; this one has no source, so it says "simulated" in
 * both of the dashboard's languages.
 */
export function simulatedQuote(unit: Unit, value: number, label = ''): string {
  return `模拟数据（simulated）：${label}${value}${SUFFIX[unit]}`;
}

export const simulatedCitation = (unit: Unit, value: number, label = '') => ({
  source: DEMO_SOURCE_ID,
  quote: simulatedQuote(unit, value, label),
});

/** 28 to 31 (Gregorian leap years), without a Date: the generator asks for 10,000 series' worth. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Last day of every month that ends after `after` and on or before `until` (ISO dates). */
export function monthEnds(after: string, until: string): string[] {
  const dates: string[] = [];
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7)); // 1-based
  for (;;) {
    const end = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${daysInMonth(year, month)}`;
    if (end > until) return dates;
    if (end > after) dates.push(end);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
