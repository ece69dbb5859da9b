// Chart-ready series derived from an indicator: reported values, the expected straight path,
// the projection to the deadline, and progress (the share of the way from baseline to target)
// for the compare view.
import { resolveBasis } from '../evaluation/basis';
import { isoToUtcMs } from '../evaluation/dates';
import type { Evaluation } from '../evaluation/evaluate';
import { progressOf } from '../evaluation/progress';
import type { Indicator, Plan } from '../dataset/schema';

export type HistoryPoint = {
  /** Milliseconds since the epoch (UTC midnight), for a time axis. */
  t: number;
  date: string;
  reported?: number;
  expected?: number;
  projected?: number;
};

export type HistorySeries = { points: HistoryPoint[]; target: number; deadlineT: number };

/** Merges reported values, the two ends of the expected path and the projection by date. */
export function historySeries(indicator: Indicator, evaluation: Evaluation): HistorySeries {
  const byDate = new Map<string, HistoryPoint>();
  const at = (date: string) => {
    const point = byDate.get(date) ?? { t: isoToUtcMs(date), date };
    byDate.set(date, point);
    return point;
  };
  for (const o of evaluation.observationsAsOf) at(o.date).reported = o.value;
  const path = evaluation.expectedPath;
  if (path) {
    at(path.start.date).expected = path.start.value;
    at(path.end.date).expected = path.end.value;
  }
  const { latest, projection } = evaluation;
  if (latest && projection.linear !== null && latest.date < evaluation.deadline) {
    at(latest.date).projected = latest.value;
    at(evaluation.deadline).projected = projection.linear;
  }
  return {
    points: [...byDate.values()].sort((a, b) => a.t - b.t),
    target: indicator.target.value,
    deadlineT: isoToUtcMs(indicator.target.deadline),
  };
}

export type ProgressPoint = { date: string; t: number; pct: number };

/** Each report as % of the way to target, by the same method as the status (for comparing units). */
export function progressSeries(indicator: Indicator, plan: Plan, asOf: string): ProgressPoint[] {
  const basis = resolveBasis(indicator, plan, asOf);
  const baseline = basis.baseline?.value ?? null;
  return basis.observations.flatMap((o) => {
    const progress = progressOf(o.value, baseline, indicator.target.value, indicator.direction);
    return progress === null ? [] : [{ date: o.date, t: isoToUtcMs(o.date), pct: progress * 100 }];
  });
}
