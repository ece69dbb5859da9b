// The import page's work, off the React tree: read and check a file with data:import's own
// functions against the published data, preview it, write the template and the update file.
import type { Catalog, Indicator } from '../../domain/dataset/schema';
import { applyToApi, datasetFromApi } from '../../domain/reporting/api-dataset';
import { checkReport } from '../../domain/reporting/check-report';
import { patchRows } from '../../domain/reporting/patch-rows';
import { reportPreview } from '../../domain/reporting/preview';
import type {
  CheckedReport,
  ReportEntry,
  ReportNotice,
  ReportProblem,
} from '../../domain/reporting/report-types';
import { MAX_REPORT_BYTES, TEMPLATE_VERSION } from '../../domain/reporting/template-spec';
import { updateFileName } from '../../domain/reporting/update-files';
import { downloadBlob } from '../../lib/export/download';
import { readReportFile, sizeProblem } from '../../lib/reporting/read-report-file';
import { recordUpdateFile } from '../../lib/reporting/update-files';

type Published = { catalog: Catalog; indicators: Indicator[] };

export type Checked =
  | { ok: false; fileName: string; problems: ReportProblem[] }
  | {
      ok: true;
      fileName: string;
      entries: ReportEntry[];
      notices: ReportNotice[];
      alreadyThere: CheckedReport['alreadyThere'];
      /** Hidden parts that hold data: nothing is applied until the person has seen them. */
      hidden: ReportProblem[];
      preview: ReturnType<typeof reportPreview>;
      after: Published;
    };

export async function checkFile(file: File, published: Published, today: string): Promise<Checked> {
  const fileName = file.name;
  // Refused by its size alone, before a byte is read.
  const tooBig = file.size > MAX_REPORT_BYTES ? sizeProblem(file.size) : null;
  if (tooBig && !tooBig.ok) return { ok: false, fileName, problems: [tooBig.problem] };
  const read = await readReportFile(new Uint8Array(await file.arrayBuffer()), fileName);
  if (!read.ok) return { ok: false, fileName, problems: [read.problem] };
  const dataset = datasetFromApi(published.catalog, published.indicators, today);
  if (!dataset)
    return {
      ok: false,
      fileName,
      problems: [
        {
          what: { zh: '发布的数据未通过检查', en: 'the published data does not pass its check' },
          fix: { zh: '请联系维护人员', en: 'tell the maintainer' },
        },
      ],
    };
  const checked = checkReport(read.book, dataset, { today });
  if (checked.problems.length > 0)
    return { ok: false, fileName, problems: [...checked.problems, ...checked.hidden] };
  const applied = applyToApi(published.catalog, published.indicators, checked.entries, today);
  if (applied.problems.length > 0) return { ok: false, fileName, problems: applied.problems };
  const after = { catalog: applied.catalog, indicators: applied.indicators };
  return {
    ok: true,
    fileName,
    entries: checked.entries,
    notices: checked.notices,
    alreadyThere: checked.alreadyThere,
    hidden: checked.hidden,
    preview: reportPreview(published, after, checked.entries, today),
    after,
  };
}

export async function downloadTemplate({ catalog, indicators }: Published): Promise<void> {
  const { writeTemplate } = await import('../../lib/reporting/write-template');
  const bytes = await writeTemplate({
    plans: catalog.plans,
    indicators,
    series: catalog.series,
    datasetHash: catalog.datasetHash,
    createdAt: new Date(),
  });
  downloadBlob(
    new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `plan-tracker-report-template-${TEMPLATE_VERSION}.xlsx`,
  );
}

/**
 * The checked rows as the template's entry sheet in CSV: `npm run data:import` applies it.
 * Remembered on this device (name, time, rows) for the page's list of update files.
 */
export async function downloadPatch(entries: ReportEntry[], datasetHash: string): Promise<void> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(patchRows(entries, datasetHash), { newline: '\n' });
  const madeAt = new Date().toISOString();
  const fileName = updateFileName(madeAt);
  downloadBlob(new Blob(['\uFEFF', text, '\n'], { type: 'text/csv;charset=utf-8' }), fileName);
  await recordUpdateFile({ fileName, madeAt, rows: entries.length, datasetHash });
}
