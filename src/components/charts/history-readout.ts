// What the history chart reads out at one of its dates (the tooltip): the report made that day,
// and where the two straight lines (expected path, projection) pass on that day.
import type { HistoryPoint } from '../../domain/presentation/chart-series';

export type HistoryReading = {
  t: number;
  reported?: number;
  expected?: number;
  projected?: number;
};

type StraightLine = 'expected' | 'projected';

/** The value of a line drawn through the points that have `key`, at `t`; undefined off its ends. */
export function lineValueAt(
  points: readonly HistoryPoint[],
  key: StraightLine,
  t: number,
): number | undefined {
  const known = points.filter((point) => point[key] !== undefined);
  for (let i = 0; i < known.length; i += 1) {
    const a = known[i]!;
    if (a.t === t) return a[key];
    const b = known[i + 1];
    if (b && a.t < t && t < b.t) return a[key]! + ((b[key]! - a[key]!) * (t - a.t)) / (b.t - a.t);
  }
  return undefined;
}

export function readingAt(points: readonly HistoryPoint[], index: number): HistoryReading | null {
  const point = points[index];
  if (!point) return null;
  return {
    t: point.t,
    reported: point.reported,
    expected: lineValueAt(points, 'expected', point.t),
    projected: lineValueAt(points, 'projected', point.t),
  };
}
