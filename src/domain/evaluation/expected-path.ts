// The straight path from the effective baseline to the target, drawn on charts.
import { resolveBasis } from './basis';
import type { DatedValue } from './basis';
import { expectedProgressAt } from './progress';
import type { Indicator, Plan } from '../dataset/schema';

/** Later than any report, so omitting asOf sees them all. */
const LAST_DAY = '9999-12-31';

export type ExpectedPath = { start: DatedValue; end: DatedValue };

/**
 * The path's two end points: (start, baseline or 0) to (deadline, target). Null for a decrease
 * with no baseline yet, where starting from 0 would draw an upward path. Without asOf every
 * observation counts towards a derived baseline.
 */
export function expectedPath(indicator: Indicator, plan: Plan, asOf?: string): ExpectedPath | null {
  const basis = resolveBasis(indicator, plan, asOf ?? LAST_DAY);
  if (!basis.baseline && indicator.direction === 'decrease') return null;
  return {
    start: { date: basis.startDate, value: basis.baseline?.value ?? 0 },
    end: { date: basis.deadline, value: indicator.target.value },
  };
}

/** The value the straight path expects on date (flat before start and after the deadline). */
export function expectedValueAt(
  indicator: Indicator,
  plan: Plan,
  date: string,
  asOf?: string,
): number | null {
  const path = expectedPath(indicator, plan, asOf);
  if (!path) return null;
  const share = expectedProgressAt(path.start.date, path.end.date, date);
  return path.start.value + (path.end.value - path.start.value) * share;
}
