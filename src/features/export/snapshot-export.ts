// Loaded on demand: the data in view, frozen with its as-of date and view state, with a SHA-256
// checksum, saved as JSON. /snapshot opens it again read-only and checks its figures against the
// published dataset it names (catalog.datasetHash).
import { exportFileName } from '../../domain/exports/export-names';
import { createSnapshot } from '../../domain/exports/snapshot';
import { snapshotCatalog } from '../../domain/exports/snapshot-content';
import { downloadBlob } from '../../lib/export/download';
import { catalogQueries } from '../../lib/queries';
import { collectView, type ExportContext } from './export-context';

export async function exportSnapshot(ctx: ExportContext): Promise<string> {
  const { catalog, rows } = await collectView(ctx);
  const full = await ctx.queryClient.ensureQueryData(catalogQueries.detail());
  const { plan, category, status, q, ids } = ctx.view;
  const snapshot = await createSnapshot({
    createdAt: ctx.stamp.exportedAt.toISOString(),
    asOf: ctx.stamp.asOf,
    simulated: ctx.stamp.simulated,
    path: ctx.path,
    view: { plan, category, status, q, ids },
    catalog: snapshotCatalog(full, catalog, ctx.path, { plan, category, status, q }),
    indicators: rows.map((row) => row.indicator),
  });
  const what = ctx.path === '/' ? 'snapshot' : `snapshot-${ctx.path}`;
  const fileName = exportFileName(what, ctx.stamp.asOf, 'json', ctx.stamp.simulated);
  downloadBlob(
    new Blob([JSON.stringify(snapshot, null, 1)], { type: 'application/json' }),
    fileName,
  );
  return fileName;
}
