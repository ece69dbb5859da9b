// Loaded on demand: the 要点 of the page's view, built from the same rows the page shows.
import { ownedPlanIds } from '../../domain/evaluation/attention';
import { keyPoints } from '../../domain/exports/key-points';
import { catalogQueries } from '../../lib/queries';
import { collectView, type ExportContext } from './export-context';

/** The sentences to copy, 需关注 first (see keyPoints). */
export async function viewKeyPoints(ctx: ExportContext): Promise<string[]> {
  const { catalog, rows, seriesRows } = await collectView(ctx);
  // The owner's plans from the whole catalog: a plan named only by a series is not in the subset.
  const full = await ctx.queryClient.ensureQueryData(catalogQueries.detail());
  return keyPoints({
    rows,
    seriesRows,
    sources: new Map(catalog.sources.map((s) => [s.id, s])),
    ownedPlans: ownedPlanIds(full.plans),
    lang: ctx.lang,
    simulated: ctx.stamp.simulated,
  });
}
