// Progress towards a target, and the progress the straight path expects by a date.
import { daysBetween } from './dates.ts';
import type { Direction } from '../dataset/vocabulary.ts';

/** Clamp x into [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/**
 * Share of the way from baseline to target that value has covered, unclamped (may exceed 1 or
 * be negative). Without a baseline an increase uses value / target; a decrease cannot be scored.
 */
export function progressOf(
  value: number,
  baseline: number | null,
  target: number,
  direction: Direction,
): number | null {
  if (baseline === null) return direction === 'increase' && target !== 0 ? value / target : null;
  if (target === baseline) return null;
  return (value - baseline) / (target - baseline);
}

/** Share of the straight path from start to deadline that has elapsed at date, within [0, 1]. */
export function expectedProgressAt(startDate: string, deadline: string, date: string): number {
  const total = daysBetween(startDate, deadline);
  if (total <= 0) return date >= deadline ? 1 : 0;
  return clamp(daysBetween(startDate, date) / total, 0, 1);
}
