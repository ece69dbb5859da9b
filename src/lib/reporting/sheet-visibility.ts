// What of an exceljs worksheet a person looking at the workbook does not see: the sheet's state,
// hidden rows (by hand or by a filter: Excel stores both as hidden rows), hidden columns, and rows
// or columns sized to zero. The checks (domain/reporting/hidden-content.ts) decide what matters.
import type { Worksheet } from 'exceljs';
import type { SheetCells } from '../../domain/reporting/cells';

type Visibility = Pick<SheetCells, 'state' | 'hiddenRows' | 'hiddenColumns'>;

/**
 * The sheet's hidden parts, as plain numbers; nothing when all of it can be seen. `zeroRows`:
 * the rows saved with zero height, which exceljs forgets (see zero-height-rows.ts).
 */
export function sheetVisibility(ws: Worksheet, zeroRows: readonly number[] = []): Visibility {
  const visibility: Visibility = {};
  if (ws.state === 'hidden' || ws.state === 'veryHidden') visibility.state = ws.state;
  const rows: NonNullable<Visibility['hiddenRows']> = [];
  ws.eachRow({ includeEmpty: false }, (row, row1) => {
    if (row.hidden) rows.push({ row: row1, how: 'hidden' });
    else if (row.height === 0 || zeroRows.includes(row1)) rows.push({ row: row1, how: 'zero' });
  });
  if (rows.length > 0) visibility.hiddenRows = rows;
  const columns: NonNullable<Visibility['hiddenColumns']> = [];
  const count = Math.max(ws.columnCount, ws.actualColumnCount);
  for (let c = 1; c <= count; c++) {
    const column = ws.getColumn(c);
    if (column.hidden) columns.push({ column: c, how: 'hidden' });
    else if (column.width === 0) columns.push({ column: c, how: 'zero' });
  }
  if (columns.length > 0) visibility.hiddenColumns = columns;
  return visibility;
}
