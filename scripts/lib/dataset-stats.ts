// Counts for data:check's summary line, so a curator sees how much was actually checked.
import type { Dataset } from '../../src/domain/validate-dataset';

export interface DatasetStats {
  plans: number;
  indicators: number;
  observations: number;
  /** Quotes whose number was checked: every target, baseline, observation and reference. */
  quotes: number;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  const indicators = dataset.plans.flatMap((file) => file.indicators);
  const observations = indicators.reduce((n, i) => n + i.observations.length, 0);
  const quotes = indicators.reduce(
    (n, i) => n + 1 + (i.baseline ? 1 : 0) + i.observations.length + (i.references?.length ?? 0),
    0,
  );
  return { plans: dataset.plans.length, indicators: indicators.length, observations, quotes };
}
