// Counts for data:check's summary line, so a curator sees how much was actually checked.
import type { Dataset } from '../../src/domain/validate-dataset';

export interface DatasetStats {
  plans: number;
  indicators: number;
  /** Reported or planned figures with no target (context only). */
  figures: number;
  observations: number;
  /** Quotes whose number was checked: every target, baseline, observation, reference and figure. */
  quotes: number;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  const indicators = dataset.plans.flatMap((file) => file.indicators);
  const figures = dataset.plans.reduce((n, file) => n + (file.figures?.length ?? 0), 0);
  const observations = indicators.reduce((n, i) => n + i.observations.length, 0);
  const quotes = indicators.reduce(
    (n, i) => n + 1 + (i.baseline ? 1 : 0) + i.observations.length + (i.references?.length ?? 0),
    figures,
  );
  return {
    plans: dataset.plans.length,
    indicators: indicators.length,
    figures,
    observations,
    quotes,
  };
}
