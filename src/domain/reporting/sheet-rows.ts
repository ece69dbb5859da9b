// Reads the reporting sheet's layout before any row: the sheet by name, the template version in
// row 1, the headers in row 2, no merged cells, and which rows below hold data.
import { cellText, isEmptyCell, type Cell, type ReportBook } from './cells.ts';
import { hiddenContentOf } from './hidden-content.ts';
import { columnName, L } from './report-row.ts';
import type { ReportProblem } from './report-types.ts';
import {
  COLUMNS,
  columnLetter,
  FIRST_DATA_ROW,
  HEADER_ROW,
  HEADERS,
  MAX_DATA_ROWS,
  SHEET_ENTRY,
  TEMPLATE_VERSION,
  VERSION_LABEL,
} from './template-spec.ts';

/** The data rows of a sheet whose layout is the template's. */
export interface SheetRows {
  /** The sheet's name as problems show it (the template's for a CSV file). */
  sheetName: string;
  /** The cells of row `n` (1-based, as in Excel). */
  rowAt: (n: number) => (Cell | undefined)[];
  /** The numbers of the rows below the headers that hold anything. */
  dataRows: number[];
}

export interface SheetReading {
  /** What is wrong with the layout; `rows` is null when there is anything. */
  problems: ReportProblem[];
  /** Hidden sheet, rows or columns that hold data. */
  hidden: ReportProblem[];
  /** The dataset the template was made from, when row 1 says so. */
  baseDataset: string | null;
  rows: SheetRows | null;
}

/** Structure first (sheet, version, headers, merged cells, row count); stops at the first bad part. */
export function readSheetRows(book: ReportBook): SheetReading {
  const problems: ReportProblem[] = [];
  let baseDataset: string | null = null;
  let hidden: ReportProblem[] = [];
  const result = (rows: SheetRows | null = null): SheetReading => ({
    problems,
    hidden,
    baseDataset,
    rows,
  });

  const sheet =
    book.format === 'csv' ? book.sheets[0] : book.sheets.find((s) => s.name === SHEET_ENTRY);
  if (!sheet) {
    const names = book.sheets.map((s) => `“${s.name}”`).join('、');
    problems.push({
      what: L(
        `没有名为“${SHEET_ENTRY}”的工作表（现有：${names}）`,
        `no sheet named "${SHEET_ENTRY}" (the workbook has ${names.replace(/“|”/g, '"').replace(/、/g, ', ')})`,
      ),
      fix: L(
        '请勿重命名工作表；在下载的模板中填写',
        'do not rename the sheets: fill in the downloaded template',
      ),
    });
    return result();
  }
  const sheetName = book.format === 'csv' ? SHEET_ENTRY : sheet.name;
  hidden = hiddenContentOf(sheet, sheetName);
  const rowAt = (n: number) => sheet.rows[n - 1] ?? [];
  const at = (row: number, column?: string) => ({ sheet: sheetName, row, column });

  // Row 1: the template's version (and the dataset it was made from).
  const versionRow = rowAt(1);
  const label = cellText(versionRow[0]);
  const version = cellText(versionRow[1]);
  if (label !== VERSION_LABEL) {
    problems.push({
      ...at(1, 'A'),
      what: L(
        '第1行没有模板版本：这不是本看板的填报模板，或在其上方插入了行',
        'row 1 carries no template version: not this dashboard’s template, or rows were inserted above it',
      ),
      fix: L(
        '下载“下载填报模板”，在其中填写，不要插入或删除前两行',
        'download the template ("下载填报模板") and fill it in without inserting or deleting its first two rows',
      ),
    });
    return result();
  }
  if (version !== TEMPLATE_VERSION) {
    problems.push({
      ...at(1, 'B'),
      what: L(
        `模板版本为“${version}”，本看板读取“${TEMPLATE_VERSION}”`,
        `template version "${version}"; this dashboard reads "${TEMPLATE_VERSION}"`,
      ),
      fix: L(
        '重新下载填报模板，把各行复制到新模板中',
        'download the template again and copy your rows into it',
      ),
    });
    return result();
  }
  const dataset3 = cellText(versionRow[3]);
  baseDataset = dataset3 || null;

  // Row 2: the headers, each once, in the template's order.
  const headers = rowAt(HEADER_ROW).map((c) => cellText(c).replace(/\s+/g, ' '));
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    const earlier = seen.get(h);
    if (earlier !== undefined)
      problems.push({
        ...at(HEADER_ROW, columnLetter(i)),
        what: L(
          `列标题“${h}”重复（第${columnLetter(earlier)}列已有）`,
          `duplicate column header "${h}" (also column ${columnLetter(earlier)})`,
        ),
        fix: L('每列只出现一次：删除重复的列', 'each column appears once: delete the duplicate'),
      });
    else seen.set(h, i);
  });
  if (problems.length > 0) return result();
  COLUMNS.forEach((_column, i) => {
    const found = headers[i] ?? '';
    const expected = HEADERS[i]!;
    if (found === expected) return;
    const belongs = HEADERS.indexOf(found);
    problems.push({
      ...at(HEADER_ROW, columnLetter(i)),
      what:
        belongs >= 0
          ? L(
              `第${columnLetter(i)}列是“${found}”，应在第${columnLetter(belongs)}列：列被移动了`,
              `column ${columnLetter(i)} holds "${found}", which belongs in column ${columnLetter(belongs)}: columns were moved`,
            )
          : L(
              `第${columnLetter(i)}列应为“${expected}”，现为“${found}”`,
              `column ${columnLetter(i)} should be "${expected}" but is "${found}"`,
            ),
      fix: L(
        '不要移动、重命名或删除列；在新下载的模板中填写',
        'do not move, rename or delete columns: fill in a freshly downloaded template',
      ),
    });
  });
  headers.slice(COLUMNS.length).forEach((h, j) => {
    if (h !== '')
      problems.push({
        ...at(HEADER_ROW, columnLetter(COLUMNS.length + j)),
        what: L(`多出的列“${h}”`, `unexpected column "${h}"`),
        fix: L('删除模板之外的列', 'delete columns the template does not have'),
      });
  });
  if (problems.length > 0) return result();

  // Merged cells anywhere in the header or data rows.
  sheet.rows.forEach((cells, r) => {
    if (r + 1 < HEADER_ROW) return;
    cells.forEach((cell, c) => {
      if (cell?.merged)
        problems.push({
          ...at(r + 1, c < COLUMNS.length ? columnName(COLUMNS[c]!.key) : columnLetter(c)),
          what: L('合并单元格', 'merged cell'),
          fix: L(
            '取消合并，每行每格各填一个值',
            'unmerge the cells: one value per cell, every row filled in full',
          ),
        });
    });
  });
  if (problems.length > 0) return result();

  const dataRows: number[] = [];
  for (let n = FIRST_DATA_ROW; n <= sheet.rows.length; n++)
    if (rowAt(n).some((c, i) => i < COLUMNS.length && !isEmptyCell(c))) dataRows.push(n);
  if (dataRows.length > MAX_DATA_ROWS) {
    problems.push({
      sheet: sheetName,
      what: L(
        `共${dataRows.length}行数据，一次最多${MAX_DATA_ROWS}行`,
        `${dataRows.length} data rows; at most ${MAX_DATA_ROWS} import at once`,
      ),
      fix: L('分成几个文件分别导入', 'split the rows into several files'),
    });
    return result();
  }
  return result({ sheetName, rowAt, dataRows });
}
