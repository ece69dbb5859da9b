// Joins the catalog and the indicator list and evaluates every indicator as of one date.
// Shared by every view, so it lives below the features.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type { Catalog, Indicator, Plan } from '../domain/schema';
import { catalogQueries, indicatorQueries } from './queries';

export type EvaluatedIndicator = { indicator: Indicator; plan: Plan; evaluation: Evaluation };

export function evaluateAll(
  catalog: Catalog,
  indicators: Indicator[],
  asOf: string,
): EvaluatedIndicator[] {
  const plans = new Map(catalog.plans.map((plan) => [plan.id, plan]));
  return indicators.flatMap((indicator) => {
    const plan = plans.get(indicator.plan);
    return plan ? [{ indicator, plan, evaluation: evaluate(indicator, plan, asOf) }] : [];
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
  const error = catalog.error ?? indicators.error;
  return {
    catalog: catalog.data ?? null,
    rows,
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
