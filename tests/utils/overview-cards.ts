// How many cards the overview draws for a dataset as of a day, by the app's own rules: one per
// series, and one per indicator with a report (the rest are listed compactly, without a card).
import type { ApiData } from '../../mocks/api-handlers';
import { evaluateAll, evaluateAllSeries } from '../../src/domain/evaluation/evaluate-all';

export function overviewCardCount(data: ApiData, asOf: string): number {
  const reported = evaluateAll(data.catalog, data.indicators, asOf).filter(
    (row) => row.evaluation.latest !== null,
  );
  return reported.length + evaluateAllSeries(data.catalog, asOf).length;
}

/** Indicators listed without a card (no report yet) as of a day. */
export function unreportedCount(data: ApiData, asOf: string): number {
  return evaluateAll(data.catalog, data.indicators, asOf).filter(
    (row) => row.evaluation.latest === null,
  ).length;
}
