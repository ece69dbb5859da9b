// Loaded on demand: the data in view, frozen with its as-of date and view state, sealed by a
// SHA-256 and saved as JSON. /snapshot opens it again read-only.
import { exportFileName } from '../../domain/exports/export-names';
import { createSnapshot } from '../../domain/exports/snapshot';
import { downloadBlob } from '../../lib/export/download';
import { collectView, type ExportContext } from './export-context';

export async function exportSnapshot(ctx: ExportContext): Promise<string> {
  const { catalog, rows } = await collectView(ctx);
  const { plan, category, status, q, ids } = ctx.view;
  const snapshot = await createSnapshot({
    createdAt: ctx.stamp.exportedAt.toISOString(),
    asOf: ctx.stamp.asOf,
    simulated: ctx.stamp.simulated,
    path: ctx.path,
    view: { plan, category, status, q, ids },
    catalog,
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
