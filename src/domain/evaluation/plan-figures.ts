// Which of the plans' figures (numbers with no target) a view shows, grouped by plan. Pure,
// so the overview and any export agree on it.
import type { IndicatorFilters } from './filter.ts';
import type { CatalogFigure, Localized, Source } from '../dataset/schema.ts';

/** A figure with the title of the source its quote comes from (null if the source is unknown). */
export type SourcedFigure = CatalogFigure & { sourceTitle: Localized | null };

// The same normalisation as the indicator search, so one query finds both.
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** True when the figure passes the view's filters; a figure has no status, so a status filter hides it. */
export function figureMatches(figure: CatalogFigure, filters: IndicatorFilters): boolean {
  const needle = normalize(filters.q);
  return (
    filters.status === null &&
    (filters.plan === null || figure.plan === filters.plan) &&
    (filters.category === null || figure.category === filters.category) &&
    (!needle ||
      [figure.name.zh, figure.name.en, figure.id].some((h) => normalize(h).includes(needle)))
  );
}

/**
 * The figures to show as of a date, by plan id in data order: a figure whose source was not
 * published yet, or an actual figure dated later, was not known on that date.
 */
export function figuresByPlan(
  catalog: { figures: readonly CatalogFigure[]; sources: readonly Source[] },
  filters: IndicatorFilters,
  asOf: string,
): Map<string, SourcedFigure[]> {
  const sources = new Map(catalog.sources.map((source) => [source.id, source]));
  const groups = new Map<string, SourcedFigure[]>();
  for (const figure of catalog.figures) {
    const source = sources.get(figure.citation.source);
    const known =
      (!source || source.date <= asOf) && (figure.kind === 'planned' || figure.date <= asOf);
    if (!known || !figureMatches(figure, filters)) continue;
    const group = groups.get(figure.plan) ?? [];
    group.push({ ...figure, sourceTitle: source?.title ?? null });
    groups.set(figure.plan, group);
  }
  return groups;
}
