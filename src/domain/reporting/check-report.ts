// Checks a filled reporting template row by row with the dataset's own rules (the schema, the
// quote rule of data:check, dates not in the future and inside the indicator's period), and
// names every bad cell by sheet, row and column in Chinese and English, with how to fix it.
// Pure: the workbook arrives as cells, the dataset as validated data. The checks themselves live
// beside it: sheet-rows (layout), report-row (one row, computed cells), row-figure (target, date,
// value), row-source-cells and report-sources (the source), cross-row-checks (file and data/).
import type { Dataset } from '../dataset/validate-dataset.ts';
import type { ReportBook } from './cells.ts';
import { isNewFigure, type RowsSoFar } from './cross-row-checks.ts';
import { knownSources, sourceOf } from './report-sources.ts';
import { checkComputedCells, reportRow } from './report-row.ts';
import type { CheckedReport, ReportEntry, ReportNotice, ReportProblem } from './report-types.ts';
import { checkFigure, knownTargets } from './row-figure.ts';
import { checkSourceCells } from './row-source-cells.ts';
import { readSheetRows } from './sheet-rows.ts';

export interface CheckOptions {
  /** YYYY-MM-DD: figures and documents after it are refused. */
  today: string;
}

/** Structure first (sheet, version, headers); then every data row. */
export function checkReport(
  book: ReportBook,
  dataset: Dataset,
  { today }: CheckOptions,
): CheckedReport {
  const reading = readSheetRows(book);
  const problems: ReportProblem[] = [...reading.problems];
  const notices: ReportNotice[] = [];
  const entries: ReportEntry[] = [];
  const rowsSoFar: RowsSoFar = { firstRowOf: new Map(), alreadyThere: [] };
  const result = (): CheckedReport => ({
    entries: problems.length > 0 ? [] : entries,
    problems,
    notices,
    alreadyThere: rowsSoFar.alreadyThere,
    baseDataset: reading.baseDataset,
    hidden: reading.hidden,
  });
  if (!reading.rows) return result();
  const { sheetName, rowAt, dataRows } = reading.rows;

  const targets = knownTargets(dataset);
  const sources = knownSources(dataset);
  for (const n of dataRows) {
    const row = reportRow(rowAt(n), n, { sheetName, today, problems, notices });
    checkComputedCells(row);
    if (!row.rowOk()) continue;

    const figure = checkFigure(row, targets);
    const cells = checkSourceCells(row, figure);
    if (!cells) continue;
    const { source, sourceIsNew } = sourceOf(row, cells, sources);

    const { id, target, date, value } = figure;
    if (!row.rowOk() || !target || !date?.ok || value === null || !source) continue;
    const { quote, note } = cells;
    if (!isNewFigure(row, { id, target, date, value, quote }, dataset, rowsSoFar)) continue;
    entries.push({
      row: n,
      target,
      date: date.value,
      value,
      source,
      sourceIsNew,
      quote,
      ...(note ? { note } : {}),
    });
  }
  return result();
}
