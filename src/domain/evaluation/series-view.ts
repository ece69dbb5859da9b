// Series as the overview, filters and exports see them: which a view shows, the latest results
// to lead with, and the source kinds a result rests on. Pure.
import { matchesText, type IndicatorFilters } from './filter.ts';
import { hasStatus } from './verdict.ts';
import type { Citation, Series, Source } from '../dataset/schema.ts';
import { isJudged, type SeriesEvaluation, type SeriesYearEvaluation } from './series-evaluate.ts';

export type EvaluatedSeries = { series: Series; evaluation: SeriesEvaluation };

/** True when the series passes every active filter; a plan filter matches a year the plan sets. */
export function seriesMatches({ series, evaluation }: EvaluatedSeries, filters: IndicatorFilters) {
  return (
    (filters.plan === null || series.years.some((y) => y.plan === filters.plan)) &&
    (filters.category === null || series.category === filters.category) &&
    (filters.status === null || hasStatus(evaluation, filters.status)) &&
    matchesText([series.name.zh, series.name.en, series.id], filters.q)
  );
}

export function filterSeries<Row extends EvaluatedSeries>(
  rows: readonly Row[],
  filters: IndicatorFilters,
): Row[] {
  return rows.filter((row) => seriesMatches(row, filters));
}

export type LatestResult = { row: EvaluatedSeries; year: SeriesYearEvaluation };

/** The newest judged results, latest year first (then by name), for the overview's lead. */
export function latestResults(rows: readonly EvaluatedSeries[], limit: number): LatestResult[] {
  return rows
    .flatMap((row) => {
      const year = row.evaluation.latestResult;
      return year && isJudged(year.status) ? [{ row, year }] : [];
    })
    .sort((a, b) => b.year.year - a.year.year || a.row.series.id.localeCompare(b.row.series.id))
    .slice(0, limit);
}

/** The citations a year's result rests on: the actual's, else the stated verdict's. */
export function resultCitations(year: SeriesYearEvaluation): Citation[] {
  return year.actual?.citations ?? year.verdict?.citations ?? [];
}

/** True when every source behind the citations is a repost: the result rests on a mirror. */
export function restsOnRepost(
  citations: readonly Citation[],
  sources: ReadonlyMap<string, Source>,
) {
  return citations.length > 0 && citations.every((c) => sources.get(c.source)?.kind === 'repost');
}
