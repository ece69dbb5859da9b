// What /snapshot's comparison lists: the indicators and the annual-target series years that
// changed between two states of the dashboard, each counted once.
import type { Catalog, Indicator } from '../dataset/schema';
import { evaluateAll, evaluateAllSeries } from '../evaluation/evaluate-all';
import { summarizeIndicator, type IndicatorSummary } from '../evaluation/indicator-summary';
import { diffSeriesYears, type SeriesState, type SeriesYearDiff } from './series-year-diff';
import { diffSummaries, type DiffKind, type IndicatorDiff } from './snapshot-diff';

/** One state of the dashboard: its indicators' summaries and its series as of its date. */
export type DashboardState = {
  indicators: readonly IndicatorSummary[];
  series: readonly SeriesState[];
};

export type DashboardDiff = {
  indicators: IndicatorDiff[];
  seriesYears: SeriesYearDiff[];
  /** Indicators and series years together: each is one item. */
  counts: Record<DiffKind, number>;
};

/** The dashboard a dataset (a snapshot's, or the live one) shows as of a date. */
export function dashboardState(
  data: { catalog: Catalog; indicators: readonly Indicator[] },
  asOf: string,
): DashboardState {
  return {
    indicators: evaluateAll(data.catalog, data.indicators, asOf).map(summarizeIndicator),
    series: evaluateAllSeries(data.catalog, asOf),
  };
}

/** Indicators matched by id, series years by series and year; see diffSummaries and diffSeriesYears. */
export function diffDashboards(before: DashboardState, after: DashboardState): DashboardDiff {
  const indicators = diffSummaries(before.indicators, after.indicators);
  const seriesYears = diffSeriesYears(before.series, after.series);
  const counts = { ...indicators.counts };
  for (const entry of seriesYears) counts[entry.kind] += 1;
  return { indicators: indicators.entries, seriesYears, counts };
}
