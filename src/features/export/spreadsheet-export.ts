// Loaded on demand: the data in view as CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX.
// Every text cell is already neutralised by the domain rows; papaparse's escapeFormulae is
// a second guard for the CSV.
import { exportFileName } from '../../domain/exports/export-names';
import {
  aboutSheet,
  csvSections,
  observationSheet,
  seriesSheet,
  summarySheet,
  type Sheet,
} from '../../domain/exports/spreadsheet-rows';
import { downloadBlob } from '../../lib/export/download';
import { stampPairs } from '../../lib/export/stamp';
import { sourceKindText } from '../../lib/source-kind-text';
import { collectView, sheetLabels, type ExportContext } from './export-context';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function buildSheets(ctx: ExportContext): Promise<Sheet[]> {
  const { catalog, rows, seriesRows } = await collectView(ctx);
  const labels = sheetLabels(ctx.t);
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const sourceLabel = (id: string) => {
    const source = sources.get(id);
    if (!source) return id;
    const kind = sourceKindText(source, ctx.t, ctx.lang);
    return `${source.title[ctx.lang]}（${kind}）${source.url ? ` ${source.url}` : ''}`;
  };
  return [
    aboutSheet(labels.sheets.about, stampPairs(ctx.stamp, ctx.t, ctx.lang)),
    seriesSheet(seriesRows, ctx.lang, labels, sourceLabel),
    observationSheet(rows, ctx.lang, labels, sourceLabel),
    summarySheet(rows, ctx.lang, labels),
  ];
}

async function toCsv(sheets: Sheet[]): Promise<Blob> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(csvSections(sheets), { escapeFormulae: true, newline: '\r\n' });
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

async function toXlsx(sheets: Sheet[], ctx: ExportContext): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ctx.t('app.title');
  workbook.created = ctx.stamp.exportedAt;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.header.length > 0) {
      worksheet.addRow(sheet.header).font = { bold: true };
      worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    for (const row of sheet.rows) worksheet.addRow(row);
    const widths = sheet.header.length > 0 ? sheet.header : (sheet.rows[0] ?? []);
    worksheet.columns.forEach((column, i) => {
      column.width = Math.min(48, Math.max(10, String(widths[i] ?? '').length * 2 + 4));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

export async function exportSpreadsheet(
  format: 'csv' | 'xlsx',
  ctx: ExportContext,
): Promise<string> {
  const sheets = await buildSheets(ctx);
  const blob = format === 'csv' ? await toCsv(sheets) : await toXlsx(sheets, ctx);
  const what = ctx.path === '/' ? 'overview' : ctx.path;
  const fileName = exportFileName(`data-${what}`, ctx.stamp.asOf, format, ctx.stamp.simulated);
  downloadBlob(blob, fileName);
  return fileName;
}
