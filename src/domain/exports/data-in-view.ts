// Which indicators an export covers: the ones the current page shows. Pure, so the export
// menu, the briefing and the tests agree on "the data in view".
import { filterRows, type IndicatorFilters } from '../evaluation/filter';
import type { Catalog, Indicator, Series } from '../dataset/schema';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import { filterSeries, type EvaluatedSeries } from '../evaluation/series-view';
import { comparedSeriesIds } from '../presentation/compare-ids';

const SERIES_PAGE = /^\/series\/([^/]+)$/;

export type ViewFilters = IndicatorFilters & { ids: readonly string[] };

/**
 * The overview's filtered rows; one indicator on its detail page; the picked ones on /compare;
 * none on a series page.
 */
export function rowsInView<Row extends EvaluatedIndicator>(
  rows: readonly Row[],
  path: string,
  view: ViewFilters,
): Row[] {
  const detail = /^\/indicator\/([^/]+)$/.exec(path);
  if (detail) return rows.filter((row) => row.indicator.id === detail[1]);
  if (SERIES_PAGE.test(path)) return [];
  if (path === '/compare') {
    const byId = new Map(rows.map((row) => [row.indicator.id, row]));
    return view.ids.flatMap((id) => byId.get(id) ?? []);
  }
  return filterRows(rows, view);
}

/** The overview's filtered series; one series on its page; the picked ones on /compare. */
export function seriesInView<Row extends EvaluatedSeries>(
  rows: readonly Row[],
  path: string,
  view: ViewFilters,
): Row[] {
  const page = SERIES_PAGE.exec(path);
  if (page) return rows.filter((row) => row.series.id === page[1]);
  if (path === '/compare') {
    const byId = new Map(rows.map((row) => [row.series.id, row]));
    return comparedSeriesIds(view.ids).flatMap((id) => byId.get(id) ?? []);
  }
  return path === '/' || path === '/report' ? filterSeries(rows, view) : [];
}

/** Every source id a series cites, year by year. */
function seriesSources(series: Series): string[] {
  return series.years
    .flatMap((y) => [
      ...(y.target?.citations ?? []),
      ...(y.actual?.citations ?? []),
      ...(y.verdict?.citations ?? []),
      ...(y.reports ?? []).map((r) => r.citation),
    ])
    .map((c) => c.source);
}

/** Every source id a set of indicators (and their plans) cites. */
function citedSources(catalog: Catalog, indicators: readonly Indicator[]): Set<string> {
  const planIds = new Set(indicators.map((i) => i.plan));
  const ids = new Set<string>();
  for (const plan of catalog.plans) if (planIds.has(plan.id)) ids.add(plan.citation.source);
  for (const indicator of indicators) {
    ids.add(indicator.target.citation.source);
    if (indicator.baseline) ids.add(indicator.baseline.citation.source);
    for (const o of indicator.observations) ids.add(o.citation.source);
    for (const r of indicator.references ?? []) ids.add(r.citation.source);
  }
  return ids;
}

/**
 * The catalog cut down to what the given indicators and series need: their plans, sources and
 * figures.
 */
export function catalogSubset(
  catalog: Catalog,
  indicators: readonly Indicator[],
  series: readonly Series[] = [],
): Catalog {
  const planIds = new Set(indicators.map((i) => i.plan));
  const figures = catalog.figures.filter((f) => planIds.has(f.plan));
  const sourceIds = citedSources(catalog, indicators);
  for (const figure of figures) sourceIds.add(figure.citation.source);
  for (const one of series) for (const id of seriesSources(one)) sourceIds.add(id);
  return {
    ...catalog,
    plans: catalog.plans.filter((p) => planIds.has(p.id)),
    sources: catalog.sources.filter((s) => sourceIds.has(s.id)),
    figures,
    series: [...series],
  };
}
