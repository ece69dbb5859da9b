// Counts for data:check's summary line, so a curator sees how much was actually checked.
import type { Dataset } from '../../src/domain/dataset/validate-dataset';

export interface DatasetStats {
  plans: number;
  indicators: number;
  series: number;
  /** Reported or planned figures with no target (context only). */
  figures: number;
  observations: number;
  /** Quotes whose number was checked: every target, baseline, observation, reference and figure. */
  quotes: number;
  /** Indicators with a reported observation plus series with a reported actual. */
  withActuals: number;
  /** (series, year) pairs with a target and a numeric actual. */
  numericPairs: number;
  /** (series, year) pairs with a target and a result stated in words (and no number). */
  statedPairs: number;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  const indicators = dataset.plans.flatMap((file) => file.indicators);
  const figures = dataset.plans.reduce((n, file) => n + (file.figures?.length ?? 0), 0);
  const observations = indicators.reduce((n, i) => n + i.observations.length, 0);
  const years = dataset.series.flatMap((s) => s.years);
  const seriesQuotes = years.reduce(
    (n, y) =>
      n +
      (y.target?.citations.length ?? 0) +
      (y.actual?.citations.length ?? 0) +
      (y.verdict?.citations.length ?? 0) +
      (y.reports?.length ?? 0),
    0,
  );
  const quotes = indicators.reduce(
    (n, i) => n + 1 + (i.baseline ? 1 : 0) + i.observations.length + (i.references?.length ?? 0),
    figures + seriesQuotes,
  );
  return {
    plans: dataset.plans.length,
    indicators: indicators.length,
    series: dataset.series.length,
    figures,
    observations,
    quotes,
    withActuals:
      indicators.filter((i) => i.observations.length > 0).length +
      dataset.series.filter((s) => s.years.some((y) => y.actual)).length,
    numericPairs: years.filter((y) => y.target && y.actual).length,
    statedPairs: years.filter((y) => y.target && y.verdict && !y.actual).length,
  };
}
