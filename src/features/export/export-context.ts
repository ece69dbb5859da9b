// Everything an exporter needs to know about the page it was started from.
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { catalogSubset, rowsInView, seriesInView } from '../../domain/exports/data-in-view';
import { SERIES_YEAR_STATUSES } from '../../domain/evaluation/series-evaluate';
import { SHEET_COLUMNS, type SheetLabels } from '../../domain/exports/spreadsheet-rows';
import { CATEGORIES } from '../../domain/dataset/vocabulary';
import { STATUS_ORDER } from '../../domain/evaluation/status';
import type { ExportStamp } from '../../lib/export/stamp';
import type { Language } from '../../lib/i18n/index';
import { catalogQueries, indicatorQueries } from '../../lib/queries';
import { evaluateAll, evaluateAllSeries } from '../../domain/evaluation/evaluate-all';
import type { ViewState } from '../../lib/view-state';

export type ExportContext = {
  queryClient: QueryClient;
  path: string;
  view: ViewState;
  stamp: ExportStamp;
  t: TFunction;
  lang: Language;
};

/** The rows the page shows, evaluated at the stamp's as-of date (loads the lists if needed). */
export async function collectView(ctx: ExportContext) {
  const catalog = await ctx.queryClient.ensureQueryData(catalogQueries.detail());
  const indicators = await ctx.queryClient.ensureQueryData(indicatorQueries.list());
  const rows = rowsInView(evaluateAll(catalog, indicators, ctx.stamp.asOf), ctx.path, ctx.view);
  const seriesRows = seriesInView(evaluateAllSeries(catalog, ctx.stamp.asOf), ctx.path, ctx.view);
  const shown = rows.map((row) => row.indicator);
  const series = seriesRows.map((row) => row.series);
  return { catalog: catalogSubset(catalog, shown, series), rows, seriesRows };
}

/** Column headers, sheet names, categories and statuses in the current language. */
export function sheetLabels(t: TFunction): SheetLabels {
  const key = (k: string) => t(`export.columns.${k}`);
  const columns = Object.fromEntries(
    SHEET_COLUMNS.map((k) => [k, key(k)]),
  ) as SheetLabels['columns'];
  return {
    sheets: {
      about: t('export.sheets.about'),
      observations: t('export.sheets.observations'),
      summary: t('export.sheets.summary'),
      series: t('export.sheets.series'),
    },
    columns,
    category: Object.fromEntries(
      CATEGORIES.map((c) => [c, t(`category.${c}`)]),
    ) as SheetLabels['category'],
    status: Object.fromEntries(
      STATUS_ORDER.map((s) => [s, t(`status.${s}`)]),
    ) as SheetLabels['status'],
    yearStatus: Object.fromEntries(
      SERIES_YEAR_STATUSES.map((s) => [s, t(`series.yearStatus.${s}`)]),
    ) as SheetLabels['yearStatus'],
  };
}
