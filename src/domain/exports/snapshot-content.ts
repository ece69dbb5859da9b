// What a snapshot of a page holds besides its rows: on the overview (and the briefing) every
// plan the live page lists, and the figures of plans that have figures only, so the re-opened
// snapshot lists the same plans as the live page did.
import type { Catalog } from '../dataset/schema';
import type { IndicatorFilters } from '../evaluation/filter';
import { figureMatches } from '../evaluation/plan-figures';

const OVERVIEW_PATHS = new Set(['/', '/report']);

/** `inView` (the catalog cut down to the rows in view) with the overview's plans and figures. */
export function snapshotCatalog(
  full: Catalog,
  inView: Catalog,
  path: string,
  filters: IndicatorFilters,
): Catalog {
  if (!OVERVIEW_PATHS.has(path)) return inView;
  const figureIds = new Set(inView.figures.map((f) => f.id));
  const figures = full.figures.filter((f) => figureIds.has(f.id) || figureMatches(f, filters));
  const sourceIds = new Set(inView.sources.map((s) => s.id));
  for (const plan of full.plans) sourceIds.add(plan.citation.source);
  for (const figure of figures) sourceIds.add(figure.citation.source);
  return {
    ...inView,
    plans: full.plans,
    figures,
    sources: full.sources.filter((s) => sourceIds.has(s.id)),
  };
}
