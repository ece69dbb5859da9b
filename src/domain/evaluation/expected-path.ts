// The straight path from the effective baseline to the target, drawn on charts.
import type { Basis, DatedValue } from './basis.ts';
import type { Direction } from '../dataset/vocabulary.ts';

export type ExpectedPath = { start: DatedValue; end: DatedValue };

/**
 * The path's two end points: (start, baseline or 0) to (deadline, target). Null for a decrease
 * with no baseline yet, where starting from 0 would draw an upward path. Derived once, from the
 * same basis the evaluation uses, and carried on the evaluation for the charts.
 */
export function expectedPathOf(
  basis: Basis,
  target: number,
  direction: Direction,
): ExpectedPath | null {
  if (!basis.baseline && direction === 'decrease') return null;
  return {
    start: { date: basis.startDate, value: basis.baseline?.value ?? 0 },
    end: { date: basis.deadline, value: target },
  };
}
