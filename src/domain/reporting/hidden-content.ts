// What a reviewer looking at the workbook cannot see but an import would read: the entry sheet
// hidden (or "very hidden"), hidden or filtered-out rows, hidden columns, rows or columns sized
// to zero — each one that holds data, named by sheet, row or column. The callers decide: the CLI
// refuses unless told --allow-hidden, /import applies nothing until the person has seen them.
import type { Localized } from '../dataset/schema.ts';
import { cellText, type HiddenHow, type SheetCells } from './cells.ts';
import type { ReportProblem } from './report-types.ts';
import { COLUMNS, columnLetter, FIRST_DATA_ROW, headerText } from './template-spec.ts';

const L = (zh: string, en: string): Localized => ({ zh, en });

/** "C 数值 Value" for a template column, the bare letter beyond them. */
const columnLabel = (index: number): string =>
  index < COLUMNS.length
    ? `${columnLetter(index)} ${headerText(COLUMNS[index]!)}`
    : columnLetter(index);

const HOW: Record<HiddenHow, { row: Localized; column: Localized }> = {
  hidden: {
    row: L('该行已隐藏（手动隐藏或被筛选隐藏）', 'the row is hidden (by hand or by a filter)'),
    column: L('该列已隐藏', 'the column is hidden'),
  },
  zero: {
    row: L('该行行高为 0，看不见', 'the row is zero height, so it cannot be seen'),
    column: L('该列列宽为 0，看不见', 'the column is zero width, so it cannot be seen'),
  },
};

const SHOW_FIX = L(
  '取消隐藏（并清除筛选），核对其中的数字后保存再上传；不要导入的行请删除',
  'unhide it (and clear any filter), check its figures, save and upload again; delete rows that should not be imported',
);

/** The data rows of the sheet (from the first data row) that hold anything. */
function filledRows(sheet: SheetCells): number[] {
  const rows: number[] = [];
  sheet.rows.forEach((cells, i) => {
    if (i + 1 >= FIRST_DATA_ROW && cells.some((c) => cellText(c) !== '')) rows.push(i + 1);
  });
  return rows;
}

/** Every hidden part of the sheet that an import reads and that holds data, in sheet order. */
export function hiddenContentOf(sheet: SheetCells, shownName = sheet.name): ReportProblem[] {
  const filled = filledRows(sheet);
  if (filled.length === 0) return [];
  const found: ReportProblem[] = [];
  if (sheet.state)
    found.push({
      sheet: shownName,
      what: L(
        `工作表“${shownName}”已${sheet.state === 'veryHidden' ? '深度隐藏（veryHidden）' : '隐藏'}，导入读取的是它的数字，而审阅者看不到它`,
        `the sheet "${shownName}" is ${sheet.state === 'veryHidden' ? 'very hidden (veryHidden)' : 'hidden'}: the import reads its figures, which a reviewer does not see`,
      ),
      fix: L(
        `取消隐藏“${shownName}”，只在它里面填写并核对，删除其他副本后保存再上传`,
        `unhide "${shownName}", fill in and check that sheet only, delete other copies, save and upload again`,
      ),
    });
  const filledSet = new Set(filled);
  for (const { row, how } of sheet.hiddenRows ?? [])
    if (filledSet.has(row))
      found.push({ sheet: shownName, row, what: HOW[how].row, fix: SHOW_FIX });
  for (const { column, how } of sheet.hiddenColumns ?? [])
    if (filled.some((r) => cellText(sheet.rows[r - 1]?.[column - 1]) !== ''))
      found.push({
        sheet: shownName,
        column: columnLabel(column - 1),
        what: HOW[how].column,
        fix: SHOW_FIX,
      });
  return found;
}
