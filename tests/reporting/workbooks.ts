// Builds filled templates for the reporting tests: the real template for a data/ directory,
// with rows written by exceljs as a person's Excel would save them.
import ExcelJS from 'exceljs';
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
