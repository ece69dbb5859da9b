// A series on the compare chart: each year's actual against that year's target, on the same
// scale as an indicator's progress (100% = the target just met, more = better).
import { isoToUtcMs } from '../evaluation/dates.ts';
import type { SeriesYearEvaluation } from '../evaluation/series-evaluate.ts';
import type { ProgressPoint } from './chart-series.ts';

export type SeriesProgressPoint = ProgressPoint & {
  year: number;
  target: NonNullable<SeriesYearEvaluation['target']>;
  actual: NonNullable<SeriesYearEvaluation['actual']>;
};

type YearInput = Pick<SeriesYearEvaluation, 'year' | 'target' | 'actual' | 'margin'>;

/**
 * One point per year with both a target and an actual (the years given are those known on the
 * as-of date), at the actual's date: 100% + the margin as a share of the target. For "at least"
 * targets that is actual ÷ target; for "at most" ones (unemployment ≤ 5%, actual 4.1%) it is
 * 2 − actual ÷ target (118%), so above 100% means met for both. A target of 0 or less has no
 * share and is left out.
 */
export function seriesProgressSeries(years: readonly YearInput[]): SeriesProgressPoint[] {
  return years.flatMap(({ year, target, actual, margin }) => {
    if (!target || !actual || margin === null || !(target.value > 0)) return [];
    const pct = 100 + (margin / target.value) * 100;
    return [{ date: actual.date, t: isoToUtcMs(actual.date), pct, year, target, actual }];
  });
}
