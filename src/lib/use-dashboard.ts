// Joins the catalog and the indicator list and evaluates every indicator and series as of one
// date. Shared by every view, so it lives below the features.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { evaluate, type Evaluation } from '../domain/evaluation/evaluate';
import { indicatorKnownOn, planKnownOn } from '../domain/evaluation/known-as-of';
import type { Catalog, Indicator, Plan } from '../domain/dataset/schema';
import { evaluateSeries, sourceDates } from '../domain/evaluation/series-evaluate';
import type { EvaluatedSeries } from '../domain/evaluation/series-view';
import { catalogQueries, indicatorQueries } from './queries';

export type EvaluatedIndicator = { indicator: Indicator; plan: Plan; evaluation: Evaluation };
export type { EvaluatedSeries } from '../domain/evaluation/series-view';

/**
 * Every indicator as it stood on asOf: plans not yet published are left out, and each
 * indicator keeps only the reports and references whose sources were out by then.
 */
export function evaluateAll(
  catalog: Catalog,
  indicators: Indicator[],
  asOf: string,
): EvaluatedIndicator[] {
  const plans = new Map(catalog.plans.map((plan) => [plan.id, plan]));
  const dates = sourceDates(catalog.sources);
  return indicators.flatMap((listed) => {
    const plan = plans.get(listed.plan);
    if (!plan || !planKnownOn(plan, asOf)) return [];
    const indicator = indicatorKnownOn(listed, dates, asOf);
    return [{ indicator, plan, evaluation: evaluate(indicator, plan, asOf) }];
  });
}

/** Every series as it stood on asOf; a series with nothing published by then is left out. */
export function evaluateAllSeries(catalog: Catalog, asOf: string): EvaluatedSeries[] {
  const dates = sourceDates(catalog.sources);
  return catalog.series.flatMap((series) => {
    const evaluation = evaluateSeries(series, asOf, dates);
    return evaluation.years.length > 0 ? [{ series, evaluation }] : [];
  });
}

export function useDashboard(asOf: string) {
  const catalog = useQuery(catalogQueries.detail());
  const indicators = useQuery(indicatorQueries.list());
  const rows = useMemo(
    () =>
      catalog.data && indicators.data ? evaluateAll(catalog.data, indicators.data, asOf) : null,
    [catalog.data, indicators.data, asOf],
  );
  const seriesRows = useMemo(
    () => (catalog.data ? evaluateAllSeries(catalog.data, asOf) : null),
    [catalog.data, asOf],
  );
  const error = catalog.error ?? indicators.error;
  return {
    catalog: catalog.data ?? null,
    rows,
    seriesRows: rows ? (seriesRows ?? []) : null,
    isPending: catalog.isPending || indicators.isPending,
    isFetching: catalog.isFetching || indicators.isFetching,
    error,
    retry: () => {
      if (catalog.error) void catalog.refetch();
      if (indicators.error) void indicators.refetch();
    },
    /** Asks the server again even when nothing failed; loaded data stays if this fails. */
    refresh: () => {
      void catalog.refetch();
      void indicators.refetch();
    },
  };
}
