// One data row as the row checks see it: its cells by column, and where its problems and notices
// go, each named by sheet, row and column. Also the first check on every row: computed cells.
import type { Localized } from '../dataset/schema.ts';
import { TEXT_COLUMNS, textCellProblem } from './cell-rules.ts';
import { cellText, type Cell } from './cells.ts';
import type { ReportNotice, ReportProblem } from './report-types.ts';
import { COLUMNS, columnLetter, headerText, type ColumnKey } from './template-spec.ts';

export const L = (zh: string, en: string): Localized => ({ zh, en });

const COLUMN_INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));
/** The column's letter and header, e.g. "F 数值 Value": how a problem names its column. */
export const columnName = (key: ColumnKey): string => {
  const i = COLUMN_INDEX.get(key)!;
  return `${columnLetter(i)} ${headerText(COLUMNS[i]!)}`;
};

export interface ReportRow {
  /** The row's number in the sheet (Excel row or CSV line). */
  n: number;
  sheetName: string;
  /** YYYY-MM-DD: figures and documents after it are refused. */
  today: string;
  cell: (key: ColumnKey) => Cell | undefined;
  text: (key: ColumnKey) => string;
  /** Records a problem with this row's cell in column `key`. */
  bad: (key: ColumnKey, what: Localized, fix: Localized) => void;
  /** True while no problem has been found in this row. */
  rowOk: () => boolean;
  /** Where a value read differently than typed is reported. */
  notices: ReportNotice[];
}

/** The row `n` of `cells`, recording its problems in `problems`. */
export function reportRow(
  cells: (Cell | undefined)[],
  n: number,
  {
    sheetName,
    today,
    problems,
    notices,
  }: { sheetName: string; today: string; problems: ReportProblem[]; notices: ReportNotice[] },
): ReportRow {
  const cell = (key: ColumnKey): Cell | undefined => cells[COLUMN_INDEX.get(key)!];
  const before = problems.length;
  return {
    n,
    sheetName,
    today,
    cell,
    text: (key) => cellText(cell(key)),
    bad: (key, what, fix) => {
      problems.push({ sheet: sheetName, row: n, column: columnName(key), what, fix });
    },
    rowOk: () => problems.length === before,
    notices,
  };
}

/** Formulas, Excel errors, formula look-alikes and bidi controls: refused in every column. */
export function checkComputedCells({ cell, bad }: ReportRow): void {
  // Formulas and Excel errors: a computed value is derived, not reported.
  COLUMNS.forEach(({ key }) => {
    const c = cell(key);
    if (c?.formula)
      bad(
        key,
        L(
          '单元格是公式（计算得出），不是报送的数字',
          'holds a formula: a computed value is derived, not reported',
        ),
        L('输入来源所写的数值本身，而不是公式', 'type the value the source states, not a formula'),
      );
    else if (c?.error)
      bad(
        key,
        L(`单元格显示错误 ${c.error}`, `holds the error ${c.error}`),
        L('输入正确的值', 'type the value'),
      );
  });
  // Formula look-alikes and bidi controls in text: refused, never stored as typed.
  for (const key of TEXT_COLUMNS) {
    const found = cell(key)?.formula ? null : textCellProblem(cell(key));
    if (found) bad(key, found.what, found.fix);
  }
}
