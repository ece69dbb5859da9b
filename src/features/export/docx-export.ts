// Loaded on demand: the view as a Word briefing (.docx), same content as the printed briefing.
import { exportFileName } from '../../domain/exports/export-names';
import { wordBriefing } from '../../domain/exports/word-briefing';
import { downloadBlob } from '../../lib/export/download';
import { catalogQueries } from '../../lib/queries';
import { briefingParts } from './docx-content';
import { collectView, type ExportContext } from './export-context';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The briefing's bytes for the view (also what the tests read back). */
export async function briefingDocx(ctx: ExportContext): Promise<Uint8Array> {
  const view = await collectView(ctx);
  const full = await ctx.queryClient.ensureQueryData(catalogQueries.detail());
  const [{ docxBytes }] = await Promise.all([import('../../lib/export/docx-writer')]);
  return docxBytes(wordBriefing(briefingParts(view, full.plans, ctx)), {
    title: ctx.t('report.heading'),
    creator: ctx.t('app.title'),
  });
}

export async function exportDocx(ctx: ExportContext): Promise<string> {
  const bytes = await briefingDocx(ctx);
  const what = ctx.path === '/' ? 'briefing' : ctx.path;
  const fileName = exportFileName(
    `briefing-${what === 'briefing' ? 'overview' : 'report'}`,
    ctx.stamp.asOf,
    'docx',
    ctx.stamp.simulated,
  );
  downloadBlob(new Blob([bytes.slice().buffer], { type: DOCX_TYPE }), fileName);
  return fileName;
}
