// Spreadsheets of the data in view: CSV with a BOM, XLSX that re-reads with the right rows and
// never a formula, and a clear message when the data behind an export cannot be loaded.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { exportFromMenu, openExportMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const HOSTILE = '=HYPERLINK("http://evil.example","点我")';
const PLAN = 'beijing-14th-fyp-worker-development';

/** Test-only observations, one of them with a quote that a spreadsheet would run as a formula. */
async function serveHostileData(page: Page) {
  const extra: Record<string, { date: string; value: number; quote: string }[]> = {
    'worker-innovation-studios': [
      { date: '2023-06-30', value: 4200, quote: HOSTILE },
      { date: '2025-06-30', value: 8240, quote: '+1 见附件' },
    ],
    'union-coverage-rate': [{ date: '2024-12-31', value: 40, quote: '-覆盖率 40%' }],
  };
  await page.route('**/api/indicators.json', async (route) => {
    const response = await route.fetch();
    const list = (await response.json()) as { id: string; observations: unknown[] }[];
    const json = list.map((indicator) => ({
      ...indicator,
      observations: (extra[indicator.id] ?? []).map(({ date, value, quote }) => ({
        date,
        value,
        citation: { source: 'test-fixture', quote },
      })),
    }));
    await route.fulfill({ response, json });
  });
}

test('CSV: UTF-8 with a BOM, the observations in view and a summary of each indicator', async ({
  page,
}) => {
  await serveHostileData(page);
  await page.goto(`/?asOf=2025-01-15&plan=${PLAN}`);
  await expect(page.getByRole('article')).toHaveCount(6);
  // The prerendered page seeds the curated data; the test observations come with revalidation.
  await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
  const file = await exportFromMenu(page, '数据表（CSV）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  expect(file.name).toBe('plan-tracker-data-overview-2025-01-15.csv');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('说明');
  expect(lines).toContain('截至日期,2025年1月15日');
  const observations = lines.indexOf('观测数据');
  const summary = lines.indexOf('指标汇总');
  // Header + the two observations reported by 2025-01-15 (the 2025-06-30 one is later) + blank.
  expect(summary - observations).toBe(1 + 1 + 2 + 1);
  expect(lines.slice(observations).join('\n')).toContain(`"'${HOSTILE.replaceAll('"', '""')}"`);
  expect(lines.slice(summary + 2).filter((l) => l.startsWith('北京市“十四五”'))).toHaveLength(6);
  expect(lines.some((l) => /(^|,)"?[=+\-@]/.test(l))).toBe(false);
});

test('XLSX: re-read, it has one row per observation, a summary sheet and no formula cells', async ({
  page,
}) => {
  await serveHostileData(page);
  await page.goto(`/?asOf=2025-07-01&plan=${PLAN}`);
  await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('8240家');
  const file = await exportFromMenu(page, '数据表（Excel XLSX）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(file.name);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '观测数据', '指标汇总']);
  const values = (name: string) =>
    workbook
      .getWorksheet(name)!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
  const observations = values('观测数据');
  expect(observations[0]).toEqual([
    '规划',
    '指标编号',
    '指标名称',
    '领域',
    '单位',
    '日期',
    '数值',
    '来源文件',
    '原文摘录',
  ]);
  expect(observations.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
    ['worker-innovation-studios', '2023-06-30', 4200],
    ['worker-innovation-studios', '2025-06-30', 8240],
    ['union-coverage-rate', '2024-12-31', 40],
  ]);
  expect(observations[1]?.[8]).toBe(`'${HOSTILE}`);
  const summary = values('指标汇总');
  expect(summary).toHaveLength(1 + 6);
  const studios = summary.find((r) => r[1] === 'worker-innovation-studios')!;
  const at = (column: string) => studios[summary[0]!.indexOf(column)];
  expect([at('目标值'), at('最新值'), at('状态')]).toEqual([8000, 8240, '已达成']);
  expect(values('说明')).toContainEqual(['截至日期', '2025年7月1日']);

  const formulas: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(cell.address);
        if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value))
          formulas.push(`${sheet.name}!${cell.address}: ${cell.value}`);
      }),
    );
  expect(formulas).toEqual([]);
});

test('an export whose data cannot be loaded says so and keeps the page', async ({ page }) => {
  // The detail page loads one indicator; exporting needs the full list, which fails here.
  await page.route('**/api/indicators.json', (route) => route.abort('connectionrefused'));
  await page.goto('/indicator/worker-homes');
  await expect(page.getByRole('heading', { level: 1, name: '职工之家数量' })).toBeVisible();
  await openExportMenu(page);
  await page.getByRole('button', { name: '数据表（CSV）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在导出' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('导出失败：无法连接服务器', {
    timeout: 15_000,
  });
  await expect(page.getByRole('heading', { level: 1, name: '职工之家数量' })).toBeVisible();
});
