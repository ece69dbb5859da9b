// The dashboard's data as views use it: the catalog and indicator list joined and evaluated as
// of one day (useDashboard), the overview's filters applied (useFilteredDashboard), or one
// indicator with its plan (useIndicatorEvaluation). Shared by every view, below the features.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  evaluateAll,
  evaluateAllSeries,
  evaluateKnown,
} from '../domain/evaluation/evaluate-all.ts';
import { filterRows } from '../domain/evaluation/filter.ts';
import { sourceDates } from '../domain/evaluation/series-evaluate.ts';
import { filterSeries } from '../domain/evaluation/series-view.ts';
import { catalogQueries, indicatorQueries } from './queries.ts';
import { useViewState } from './use-view-state.ts';

export function useDashboard(asOf: string) {
  const [catalog, indicators] = useQueries({
    queries: [catalogQueries.detail(), indicatorQueries.list()],
  });
  const rows = useMemo(
    () =>
      catalog.data && indicators.data ? evaluateAll(catalog.data, indicators.data, asOf) : null,
    [catalog.data, indicators.data, asOf],
  );
  const seriesRows = useMemo(
    () => (catalog.data ? evaluateAllSeries(catalog.data, asOf) : null),
    [catalog.data, asOf],
  );
  const queries = [catalog, indicators];
  return {
    catalog: catalog.data ?? null,
    rows,
    seriesRows: rows ? (seriesRows ?? []) : null,
    isPending: queries.some((q) => q.isPending),
    isFetching: queries.some((q) => q.isFetching),
    error: catalog.error ?? indicators.error,
    /** Asks again for what failed. */
    retry: () => queries.forEach((q) => q.error && void q.refetch()),
    /** Asks the server again even when nothing failed; loaded data stays if this fails. */
    refresh: () => queries.forEach((q) => void q.refetch()),
  };
}

/** The dashboard as the overview's URL filters and as-of date show it. */
export function useFilteredDashboard(today: string) {
  const [view] = useViewState();
  const asOf = view.asOf ?? today;
  const dashboard = useDashboard(asOf);
  const { rows, seriesRows } = dashboard;
  const shown = useMemo(() => (rows ? filterRows(rows, view) : []), [rows, view]);
  const shownSeries = useMemo(
    () => (seriesRows ? filterSeries(seriesRows, view) : []),
    [seriesRows, view],
  );
  return { ...dashboard, view, asOf, shown, shownSeries };
}

/** One indicator joined with the catalog (its plan, the source dates) and evaluated as of asOf. */
export function useIndicatorEvaluation(id: string, asOf: string) {
  const catalog = useQuery(catalogQueries.detail());
  const indicator = useQuery(indicatorQueries.detail(id));
  const plan = catalog.data?.plans.find((p) => p.id === indicator.data?.plan) ?? null;
  const row = useMemo(
    () =>
      indicator.data && plan && catalog.data
        ? evaluateKnown(indicator.data, plan, sourceDates(catalog.data.sources), asOf)
        : null,
    [indicator.data, plan, catalog.data, asOf],
  );
  const queries = [catalog, indicator];
  return {
    catalog: catalog.data ?? null,
    indicator: indicator.data ?? null,
    plan,
    /** Null until loaded, and while the plan was not yet published on asOf. */
    row,
    error: catalog.error ?? indicator.error,
    isPending: queries.some((q) => q.isPending),
    retry: () => queries.forEach((q) => q.error && void q.refetch()),
  };
}
