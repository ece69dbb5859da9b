// The compared lines in picked order: an indicator's progress at each report, a series' actual
// against each year's target (see seriesProgressSeries). Ids the data does not know are dropped.
import type { TFunction } from 'i18next';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view';
import { progressSeries } from '../../domain/presentation/chart-series';
import { parseCompareId } from '../../domain/presentation/compare-ids';
import {
  seriesProgressSeries,
  type SeriesProgressPoint,
} from '../../domain/presentation/series-progress';
import type { CompareLine } from '../../components/charts/compare-chart';
import type { Language } from '../../lib/i18n/index';

/** A compared series: its line and the rows its table lists. */
export type ComparedSeries = {
  line: CompareLine;
  row: EvaluatedSeries;
  points: SeriesProgressPoint[];
};

export function compareLines(
  ids: readonly string[],
  rows: readonly EvaluatedIndicator[],
  seriesRows: readonly EvaluatedSeries[],
  asOf: string,
  lang: Language,
  t: TFunction,
): { lines: CompareLine[]; series: ComparedSeries[] } {
  const indicators = new Map(rows.map((row) => [row.indicator.id, row]));
  const seriesById = new Map(seriesRows.map((row) => [row.series.id, row]));
  const lines: CompareLine[] = [];
  const series: ComparedSeries[] = [];
  for (const id of ids) {
    const ref = parseCompareId(id);
    if (ref?.kind === 'indicator') {
      const row = indicators.get(ref.id);
      if (row)
        lines.push({
          id,
          name: row.indicator.name[lang],
          points: progressSeries(row.indicator, row.plan, asOf),
        });
    } else if (ref?.kind === 'series') {
      const row = seriesById.get(ref.id);
      if (!row) continue;
      const points = seriesProgressSeries(row.evaluation.years);
      const line: CompareLine = {
        id,
        name: t('compare.seriesName', { name: row.series.name[lang] }),
        points,
        annual: true,
      };
      lines.push(line);
      series.push({ line, row, points });
    }
  }
  return { lines, series };
}
