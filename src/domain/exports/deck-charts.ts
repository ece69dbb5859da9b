// The numbers behind the deck's native charts: a plan's indicators as progress against what the
// straight path expects by now, a series' years as target beside actual. Pure, so the chart the
// writer draws and the test that reads it back agree on every value.
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { EvaluatedSeries } from '../evaluation/series-view';
import { displayedValue } from '../presentation/format';
import { clipLabel } from './deck-pages';

export type DeckChart = {
  title: string;
  /** What the value axis measures ("%" for progress, the unit otherwise). */
  axis: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
};

/** Progress as a percentage to one decimal (0.4567 → 45.7), as the charts label it. */
export const asPercent = (fraction: number): number => Math.round(fraction * 1000) / 10;

/** How many years a series chart shows (the newest). */
export const SERIES_CHART_YEARS = 8;

/** Only indicators with a measured progress get a bar; the rest are in the table. */
export const hasProgress = (row: EvaluatedIndicator): boolean => row.evaluation.progress !== null;

/** Bars of progress (% of the way to the target) beside the progress expected by now. */
export function planChart(
  title: string,
  rows: readonly EvaluatedIndicator[],
  lang: 'zh' | 'en',
  names: { progress: string; expected: string },
): DeckChart {
  const drawn = rows.filter(hasProgress);
  return {
    title,
    axis: '%',
    categories: drawn.map((r) => clipLabel(r.indicator.name[lang], 28)),
    series: [
      { name: names.progress, values: drawn.map((r) => asPercent(r.evaluation.progress ?? 0)) },
      {
        name: names.expected,
        values: drawn.map((r) => asPercent(Math.min(1, r.evaluation.expectedProgress))),
      },
    ],
  };
}

/** True when a series has a year with a target or an actual to draw. */
export const hasYearFigures = (row: EvaluatedSeries): boolean =>
  row.evaluation.years.some((y) => y.target !== null || y.actual !== null);

/** The newest years' target beside the actual reported for each (null where none is known). */
export function seriesChart(
  row: EvaluatedSeries,
  lang: 'zh' | 'en',
  names: { target: string; actual: string; year: (year: number) => string; unit: string },
): DeckChart {
  const { series, evaluation } = row;
  const years = evaluation.years
    .filter((y) => y.target !== null || y.actual !== null)
    .slice(-SERIES_CHART_YEARS);
  const figure = (value: number | undefined) =>
    value === undefined ? null : displayedValue(value, series.unit);
  return {
    title: series.name[lang],
    axis: names.unit,
    categories: years.map((y) => names.year(y.year)),
    series: [
      { name: names.target, values: years.map((y) => figure(y.target?.value)) },
      { name: names.actual, values: years.map((y) => figure(y.actual?.value)) },
    ],
  };
}
