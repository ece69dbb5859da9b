// Reads a filled template (XLSX or CSV) into plain cells for the checks, telling apart what a
// person may have sent instead: an old .xls, a password-protected workbook (both are OLE
// compound files, not zips), a damaged workbook, something that is neither XLSX nor CSV, a file
// too big to be a report. exceljs and papaparse load on demand; this runs in Node and browsers.
import type { Cell, ReportBook, SheetCells } from '../../domain/reporting/cells';
import { sniffBytes } from '../../domain/reporting/cells';
import { notAReport } from '../../domain/reporting/file-signature';
import { decodeReportText, delimiterOf } from '../../domain/reporting/text-encoding';
import type { ReportProblem } from '../../domain/reporting/report-types';
import { MAX_EXPANDED_BYTES, MAX_REPORT_BYTES } from '../../domain/reporting/template-spec';
import { loadableXlsx } from './loadable-xlsx';
import { sheetVisibility } from './sheet-visibility';
import { zeroHeightRows } from './zero-height-rows';
import { expandedSize } from './zip-expanded-size';

export type ReadResult = { ok: true; book: ReportBook } | { ok: false; problem: ReportProblem };

const fail = (zh: string, en: string, fixZh: string, fixEn: string): ReadResult => ({
  ok: false,
  problem: { what: { zh, en }, fix: { zh: fixZh, en: fixEn } },
});

const SAVE_AS_XLSX_ZH = '在 Excel 中“另存为” Excel 工作簿（.xlsx）后再上传';
const SAVE_AS_XLSX_EN = 'in Excel, "Save As" an Excel Workbook (.xlsx) and upload that';

/** Refuses a file over the limit by its size alone, before any byte is parsed. */
export function sizeProblem(bytes: number): ReadResult | null {
  if (bytes <= MAX_REPORT_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fail(
    `文件有 ${mb} MB，超过 10 MB 上限，未读取`,
    `the file is ${mb} MB, over the 10 MB limit; it was not read`,
    '每个文件最多 10,000 行：分成几个文件，并删除图片等多余内容',
    'at most 10,000 rows per file: split it and remove pictures or other extras',
  );
}

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) return tooBig;
  const lower = fileName.toLowerCase();
  const kind = sniffBytes(bytes);
  if (kind === 'encrypted')
    return fail(
      '工作簿设有打开密码（已加密），无法读取',
      'the workbook is password-protected (encrypted) and cannot be read',
      '在 Excel 中取消密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）后保存再上传',
      'remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and upload again',
    );
  if (kind === 'xls')
    return fail(
      '这是旧版 Excel 97-2003 工作簿（.xls），不能读取',
      'this is an old Excel 97-2003 workbook (.xls), which cannot be read',
      SAVE_AS_XLSX_ZH,
      SAVE_AS_XLSX_EN,
    );
  if (kind === 'compound')
    return fail(
      '这是 Office 旧格式文件（如 .doc），不是 Excel 工作簿',
      'this is an old-format Office file (such as .doc), not an Excel workbook',
      '上传填好的填报模板（.xlsx 或 .csv）',
      'upload the filled template (.xlsx or .csv)',
    );
  if (kind === 'zip') return readXlsx(bytes);
  // Excel's "Unicode text" is a tab-separated .txt.
  if (kind === 'text' && (/\.(csv|txt)$/.test(lower) || !/\.[a-z0-9]+$/.test(lower)))
    return readCsv(bytes);
  if (lower.endsWith('.xlsx'))
    return fail(
      '工作簿已损坏，无法打开（不是有效的 .xlsx 文件）',
      'the workbook is damaged and cannot be opened (not a valid .xlsx file)',
      '在 Excel 中重新打开并另存为 .xlsx，或重新下载模板填写',
      'open it in Excel and save it again as .xlsx, or fill in a fresh template',
    );
  const { what, fix } = notAReport(bytes, fileName, kind === 'text');
  return fail(what.zh, what.en, fix.zh, fix.en);
}

/** A zip that unpacks past the limit (a zip bomb) is refused before exceljs inflates it. */
async function expandedProblem(bytes: Uint8Array): Promise<ReadResult | null> {
  const size = await expandedSize(bytes, MAX_EXPANDED_BYTES);
  if (size.ok) return null;
  if (size.reason === 'damaged')
    return fail(
      '工作簿已损坏，无法打开',
      'the workbook is damaged and cannot be opened',
      '在 Excel 中重新打开并另存为 .xlsx，或重新下载模板填写',
      'open it in Excel and save it again as .xlsx, or fill in a fresh template',
    );
  const limit = MAX_EXPANDED_BYTES / 1024 / 1024;
  const mb = Math.floor(size.bytes / 1024 / 1024);
  return fail(
    size.reason === 'declared'
      ? `工作簿解压后有 ${mb} MB（压缩目录所记），超过 ${limit} MB 上限，未读取`
      : `工作簿解压到 ${mb} MB 时已超过 ${limit} MB 上限，未读取`,
    size.reason === 'declared'
      ? `the workbook unpacks to ${mb} MB by its zip directory, over the ${limit} MB limit; it was not read`
      : `the workbook passed the ${limit} MB limit while unpacking (${mb} MB so far); it was not read`,
    '填报文件不会这么大：在下载的模板中重新填写，删除图片等多余内容',
    'a report is never this big: fill in a freshly downloaded template, without pictures or other extras',
  );
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const tooBig = await expandedProblem(bytes);
  if (tooBig) return tooBig;
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    const loadable = loadableXlsx(bytes);
    if (!loadable.ok)
      return fail(
        `这是${loadable.found.zh}，不是 Excel 工作簿`,
        `this is ${loadable.found.en}, not an Excel workbook`,
        SAVE_AS_XLSX_ZH,
        SAVE_AS_XLSX_EN,
      );
    await workbook.xlsx.load(loadable.buffer);
  } catch {
    return fail(
      '工作簿已损坏，无法打开',
      'the workbook is damaged and cannot be opened',
      '在 Excel 中重新打开并另存为 .xlsx，或重新下载模板填写',
      'open it in Excel and save it again as .xlsx, or fill in a fresh template',
    );
  }
  if (workbook.worksheets.length === 0)
    return fail(
      '文件是压缩包，但不是 Excel 工作簿',
      'the file is a zip archive but not an Excel workbook',
      '上传填好的填报模板（.xlsx）',
      'upload the filled template (.xlsx)',
    );
  const zeroRows = await zeroHeightRows(bytes);
  const sheets: SheetCells[] = workbook.worksheets.map((ws) => {
    const rows: (Cell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = toCell(cell);
      });
      rows[rowNumber - 1] = cells;
    });
    // Merged ranges: every cell of one is marked, even the empty ones.
    for (const range of Object.keys(
      (ws as unknown as { _merges: Record<string, unknown> })._merges ?? {},
    )) {
      const m = (
        ws as unknown as {
          _merges: Record<
            string,
            { model: { top: number; left: number; bottom: number; right: number } }
          >;
        }
      )._merges[range]!.model;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          const row = (rows[r - 1] ??= []);
          row[c - 1] = { ...(row[c - 1] ?? { value: null }), merged: true };
        }
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows, ...sheetVisibility(ws, zeroRows.get(ws.name)) };
  });
  return { ok: true, book: { format: 'xlsx', sheets } };
}

type ExcelCell = import('exceljs').Cell;

function toCell(cell: ExcelCell): Cell {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o)
      return { value: (o.result as Cell['value']) ?? null, formula: true };
    if ('richText' in o)
      return { value: (o.richText as { text: string }[]).map((t) => t.text).join('') };
    if ('hyperlink' in o) return { value: String(o.text ?? o.hyperlink ?? '') };
    if ('error' in o) return { value: null, error: String(o.error) };
    return { value: String(v) };
  }
  return { value: (v as Cell['value']) ?? null };
}

async function readCsv(bytes: Uint8Array): Promise<ReadResult> {
  // UTF-8, GBK (Excel's plain CSV on Chinese Windows) or UTF-16 (its "Unicode text").
  const text = decodeReportText(bytes)?.text ?? '';
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const rows = parsed.data.map((line) =>
    line.map((value): Cell => (value.startsWith('=') ? { value, formula: true } : { value })),
  );
  return { ok: true, book: { format: 'csv', sheets: [{ name: 'CSV', rows }] } };
}
