// Loaded on demand: the data in view as XLSX (a sheet per table: sized columns, a filter on each,
// frozen headers, real dates, statuses filled in their colour) or as CSV (one table per file,
// UTF-8 with BOM so Excel reads Chinese, zipped together with a readme).
import { seriesYearStyle, STATUS_STYLE } from '../../components/ui/palette';
import { exportFileName } from '../../domain/exports/export-names';
import {
  aboutSheet,
  csvTable,
  observationSheet,
  seriesSheet,
  summarySheet,
  type RowTone,
  type Sheet,
  type SourceInfo,
} from '../../domain/exports/spreadsheet-rows';
import { downloadBlob } from '../../lib/export/download';
import { xlsxBytes, type XlsxCell, type XlsxSheet } from '../../lib/export/xlsx-package';
import type { XlsxStyle } from '../../lib/export/xlsx-styles';
import { stampPairs } from '../../lib/export/stamp';
import { sourceKindText } from '../../lib/source-kind-text';
import { collectView, sheetLabels, type ExportContext } from './export-context';

type SourceDescription = ReturnType<SourceInfo>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function buildSheets(ctx: ExportContext, format: 'csv' | 'xlsx'): Promise<Sheet[]> {
  const { catalog, rows, seriesRows } = await collectView(ctx);
  const labels = sheetLabels(ctx.t);
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  // Asked once per observation: each source is described (and translated) only once.
  const described = new Map<string, SourceDescription>();
  const describe = (id: string): SourceDescription => {
    const source = sources.get(id);
    if (!source) return { title: id, kind: '', url: null };
    return {
      title: source.title[ctx.lang],
      kind: sourceKindText(source, ctx.t, ctx.lang),
      url: source.url ?? null,
      sourceKind: source.kind,
    };
  };
  const info = (id: string) => {
    let description = described.get(id);
    if (!description) described.set(id, (description = describe(id)));
    return description;
  };
  // A view of series alone (a series page, series picked on /compare) gets no empty indicator tables.
  const indicatorTables = rows.length > 0 || seriesRows.length === 0;
  const tables = [
    ...(indicatorTables
      ? [summarySheet(rows, ctx.lang, labels, info), observationSheet(rows, ctx.lang, labels, info)]
      : []),
    ...(seriesRows.length > 0 ? [seriesSheet(seriesRows, ctx.lang, labels, info)] : []),
  ];
  const about = aboutSheet(labels.sheets.about, [
    ...stampPairs(ctx.stamp, ctx.t, ctx.lang),
    [ctx.t('export.about.tablesLabel'), tables.map((s) => s.name).join('、')],
    [ctx.t('export.about.cellsLabel'), ctx.t(`export.about.cells.${format}`)],
  ]);
  return [about, ...tables];
}

/** A CSV file's bytes: BOM, CRLF lines, every text cell neutralised (csvTable). */
async function csvBytes(table: Sheet): Promise<Uint8Array> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(csvTable(table), { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${text}`);
}

async function toCsvZip(sheets: Sheet[], folder: string): Promise<Blob> {
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const [i, table] of sheets.entries())
    files[`${folder}/${i}-${table.file}.csv`] = await csvBytes(table);
  const zipped = zipSync(files, { level: 6 });
  return new Blob([zipped.slice().buffer], { type: 'application/zip' });
}

/** Width of a text in spreadsheet columns: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Wide: U+1100–U+FFEF (CJK, Hangul, full-width forms) but not half-width katakana, and
    // every character beyond the BMP (its surrogates fall in that range).
    width +=
      code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f) && (code <= 0xffef || code > 0xffff)
        ? 2
        : 1;
  }
  return width;
}

/** "#00704a" → a pale ARGB fill of it, dark text stays readable on it. */
function tint(hex: string, share = 0.22): string {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = rgb.map((c) => Math.round(255 - (255 - c) * share));
  return `FF${mixed
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

const toneColour = (tone: RowTone) =>
  tone.kind === 'status' ? STATUS_STYLE[tone.status].color : seriesYearStyle(tone.status).color;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADER_STYLE: XlsxStyle = { bold: true, fill: 'FFE8ECF0' };
const LINK_STYLE: XlsxStyle = { color: 'FF0B5CAD', underline: true };
const DATE_STYLE: XlsxStyle = { numFmt: 'yyyy-mm-dd' };

/** One table as a worksheet: typed cells, column widths and styles, the status fills. */
function worksheet(table: Sheet): XlsxSheet {
  const about = table.file === 'readme';
  const header = about ? 0 : 1;
  const widths = table.header.map((h) => displayWidth(h));
  const body = table.rows.map((cells) =>
    cells.map((cell, c): XlsxCell => {
      const type = table.types[c];
      const widest = widths[c] ?? 0;
      if (type === 'date') widths[c] = Math.max(widest, 10);
      // Measured only if it could be wider (at most two units a character) and the column is
      // not already past 60 (then it is 60 wide and wraps, whatever else it holds).
      else if (widest <= 60 && String(cell ?? '').length * 2 > widest)
        widths[c] = Math.max(widest, displayWidth(String(cell ?? '')));
      if (cell === null) return null;
      if (type === 'date' && typeof cell === 'string') return asDate(cell);
      if (type === 'url' && typeof cell === 'string' && /^https?:\/\/\S+$/.test(cell))
        return { text: cell, hyperlink: cell };
      return cell;
    }),
  );
  // One style object per colour, so the writer looks each look up once.
  const fillStyles = new Map<string, XlsxStyle>();
  const fills = table.tones.map((tone) => {
    if (!tone) return undefined;
    const fill = tint(toneColour(tone));
    let style = fillStyles.get(fill);
    if (!style) fillStyles.set(fill, (style = { bold: true, fill }));
    return style;
  });
  return {
    name: table.name,
    rows: about ? body : [table.header, ...body],
    // Sized to the longest cell (two units per Chinese character), long quotes wrap at 60.
    columns: widths.map((width) => ({
      width: Math.min(60, Math.max(8, width + 2)),
      ...(width > 60 ? { style: { wrap: true } } : {}),
    })),
    cellStyle: (r, c) => {
      if (r < header) return HEADER_STYLE;
      const type = table.types[c];
      if (type === 'date') return DATE_STYLE;
      if (type === 'url') return table.rows[r - header]?.[c] != null ? LINK_STYLE : undefined;
      if (type === 'status') return fills[r - header];
      return undefined;
    },
    table: !about && table.header.length > 0,
  };
}

async function toXlsx(sheets: Sheet[], ctx: ExportContext): Promise<Blob> {
  const bytes = await xlsxBytes({
    creator: ctx.t('app.title'),
    created: ctx.stamp.exportedAt,
    sheets: sheets.map(worksheet),
  });
  return new Blob([bytes.slice().buffer], { type: XLSX_TYPE });
}

export async function exportSpreadsheet(
  format: 'csv' | 'xlsx',
  ctx: ExportContext,
): Promise<string> {
  const sheets = await buildSheets(ctx, format);
  const what = ctx.path === '/' ? 'overview' : ctx.path;
  const base = exportFileName(`data-${what}`, ctx.stamp.asOf, format, ctx.stamp.simulated);
  const fileName = format === 'csv' ? base.replace(/\.csv$/, '-csv.zip') : base;
  const blob =
    format === 'csv'
      ? await toCsvZip(sheets, fileName.replace(/\.zip$/, ''))
      : await toXlsx(sheets, ctx);
  downloadBlob(blob, fileName);
  return fileName;
}
