// Builds filled templates for the reporting tests: the real template for a data/ directory,
// with rows written by exceljs as a person's Excel would save them.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { withoutCuratorNotes } from '../../src/domain/dataset/curator-notes';
import { COLUMNS, SHEET_ENTRY } from '../../src/domain/reporting/template-spec';
import { writeTemplate } from '../../src/lib/reporting/write-template';
import { datasetHash } from '../../scripts/lib/api-files';
import { loadDataset } from '../../scripts/lib/load-dataset';

export type RowValues = Partial<Record<(typeof COLUMNS)[number]['key'], ExcelJS.CellValue>>;

export async function templateFor(dataDir: string): Promise<Uint8Array> {
  const dataset = loadDataset(dataDir);
  return writeTemplate({
    plans: dataset.plans.map((p) => p.plan),
    indicators: dataset.plans.flatMap((p) => p.indicators),
    series: dataset.series,
    datasetHash: datasetHash(withoutCuratorNotes(dataset)),
    createdAt: new Date(Date.UTC(2026, 0, 1)),
  });
}

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A row a union office would send: worker homes at the end of 2025, from an internal report. */
export const GOOD_ROW: RowValues = {
  indicator: 'worker-homes',
  asOf: utc('2025-12-31'),
  value: 18500,
  sourceKind: '内部报送 internal',
  titleZh: '2025年职工之家建设情况报告（测试）',
  titleEn: 'Worker homes built in 2025 (test)',
  publisherZh: '测试区总工会',
  publisherEn: 'Test District Federation of Trade Unions',
  published: utc('2026-01-15'),
  quote: '截至2025年底，全市共建成职工之家18500个',
};

export const PUBLIC_ROW: RowValues = {
  indicator: 'warm-heart-stations',
  asOf: '2025-12-31',
  value: '2.8万',
  sourceKind: '官方网站 official',
  titleZh: '暖心驿站建设通报（测试）',
  titleEn: 'Warm-heart stations notice (test)',
  publisherZh: '测试单位',
  publisherEn: 'Test unit',
  published: '2026-01-20',
  url: 'https://example.org/test/warm-heart',
  quote: '全市暖心驿站达到2.8万个',
  noteZh: '测试数据',
  noteEn: 'test data',
};

export async function fill(
  template: Uint8Array,
  rows: RowValues[],
  edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET_ENTRY)!;
  rows.forEach((row, i) => {
    COLUMNS.forEach((c, j) => {
      const v = row[c.key];
      if (v !== undefined) ws.getRow(3 + i).getCell(j + 1).value = v;
    });
  });
  edit?.(ws, wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The entry sheet as CSV (what Excel's "CSV UTF-8" gives), rows as arrays of text. */
export function csv(lines: string[][]): Uint8Array {
  const text = lines
    .map((l) => l.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
    .join('\r\n');
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/** A size exceljs writes as given, swapped for 0 in the XML afterwards (exceljs never writes 0). */
const ZERO_MARK = 77.77;

/**
 * A filled template whose entry sheet hides something: the sheet itself (with a visible copy
 * "填报（审核版）" holding `visibleValue`), a row, a filtered-out row, a column, or a row or
 * column sized to zero. Rows start at Excel row 3; `row` and `column` are 1-based.
 */
export async function fillHiding(
  template: Uint8Array,
  rows: RowValues[],
  hide:
    | { sheet: 'hidden' | 'veryHidden'; visibleValue: number }
    | { row: number; by?: 'hand' | 'filter' | 'zero' }
    | { column: number; by?: 'hand' | 'zero' },
): Promise<Uint8Array> {
  const bytes = await fill(template, rows, (ws, wb) => {
    if ('sheet' in hide) {
      ws.state = hide.sheet;
      const copy = wb.addWorksheet(`${SHEET_ENTRY}（审核版）`);
      ws.eachRow((row, n) => (copy.getRow(n).values = row.values));
      copy.getCell(3, COLUMNS.findIndex((c) => c.key === 'value') + 1).value = hide.visibleValue;
      // The copy is what opens: Excel shows a visible tab first.
      wb.views = [{ ...wb.views[0]!, activeTab: wb.worksheets.length - 1 }];
    } else if ('row' in hide) {
      if (hide.by === 'zero') ws.getRow(hide.row).height = ZERO_MARK;
      else ws.getRow(hide.row).hidden = true;
      if (hide.by === 'filter')
        ws.autoFilter = `A2:${String.fromCharCode(64 + COLUMNS.length)}${2 + rows.length}`;
    } else if (hide.by === 'zero') ws.getColumn(hide.column).width = ZERO_MARK;
    else ws.getColumn(hide.column).hidden = true;
  });
  if (!('sheet' in hide) && hide.by === 'zero') return withZeroSizes(bytes);
  return bytes;
}

/** The workbook with every ZERO_MARK height or width written as 0, as Excel saves a zero size. */
function withZeroSizes(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files))
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      files[name] = strToU8(
        strFromU8(data).replace(new RegExp(`(ht|width)="${ZERO_MARK}"`, 'g'), '$1="0"'),
      );
  return zipSync(files);
}
