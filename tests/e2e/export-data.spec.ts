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
  // The plan's six indicators: a card for the two with a test observation by then, a line in
  // the compact list for the four without a report.
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.locator('.unreported__list > li')).toHaveCount(4);
  // The prerendered page seeds the curated data; the test observations come with revalidation.
  await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
  const file = await exportFromMenu(page, '数据表（CSV）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  expect(file.name).toBe('plan-tracker-data-overview-2025-01-15.csv');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('说明');
  expect(lines).toContain('截至日期,2025年1月15日');
  const series = lines.indexOf('年度目标');
  const observations = lines.indexOf('观测数据');
  const summary = lines.indexOf('指标汇总');
  // The annual targets come first, before the observations and the summary.
  expect(series).toBeGreaterThan(0);
  expect(series).toBeLessThan(observations);
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
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    '说明',
    '年度目标',
    '观测数据',
    '指标汇总',
  ]);
  const values = (name: string) =>
    workbook
      .getWorksheet(name)!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
  // The plan filter keeps the series with a year whose target this plan sets.
  const catalog = (await (await page.request.get('/api/plans.json')).json()) as {
    series: { id: string; years: { plan?: string }[] }[];
  };
  const planSeries = catalog.series
    .filter((one) => one.years.some((year) => year.plan === PLAN))
    .map((one) => one.id);
  const series = values('年度目标');
  expect(series[0]?.slice(0, 2)).toEqual(['系列编号', '指标名称']);
  expect([...new Set(series.slice(1).map((r) => r[0]))]).toEqual(planSeries);
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

type ApiSeries = {
  id: string;
  years: {
    year: number;
    target?: { value: number };
    actual?: { value: number; citations: { source: string; quote: string }[] };
  }[];
};

/** The rows of a workbook's 年度目标 sheet (header first), as the XLSX export wrote them. */
async function seriesRows(page: Page, view: string) {
  await page.goto(view);
  await expect(page.getByRole('article', { name: '城镇调查失业率' })).toBeVisible();
  const file = await exportFromMenu(page, '数据表（Excel XLSX）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const rows = workbook
    .getWorksheet('年度目标')!
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));
  const header = rows[0] as string[];
  return rows.slice(1).map((row) => (column: string) => row[header.indexOf(column)] ?? null);
}

test('XLSX: the annual targets sheet has each year known by the as-of date, with its sources', async ({
  page,
}) => {
  // The curated data, no test observations: the series and its sources as the API serves them.
  const catalog = (await (await page.request.get('/api/plans.json')).json()) as {
    series: ApiSeries[];
    sources: { id: string; date: string; title: { zh: string } }[];
  };
  const series = catalog.series.find((one) => one.id === 'surveyed-unemployment-rate')!;
  const year = series.years.find((one) => one.year === 2024)!;
  const cited = year.actual!.citations[0]!;
  const source = catalog.sources.find((one) => one.id === cited.source)!;

  const today = await seriesRows(page, '/?q=城镇调查失业率');
  expect(today.map((row) => row('年份'))).toEqual(series.years.map((one) => one.year));
  const row = today.find((one) => one('年份') === 2024)!;
  expect([row('系列编号'), row('目标方向'), row('目标值'), row('实际值'), row('结果')]).toEqual([
    series.id,
    '≤',
    year.target!.value,
    year.actual!.value,
    '已达成',
  ]);
  expect(row('实绩来源')).toContain(`${source.title.zh}（官方网站）`);
  expect(row('实绩原文')).toBe(cited.quote);

  // The day before its source was published, that year's actual was not known yet.
  const before = new Date(`${source.date}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  const asOf = before.toISOString().slice(0, 10);
  const earlier = await seriesRows(page, `/?asOf=${asOf}&q=城镇调查失业率`);
  const unknown = earlier.find((one) => one('年份') === 2024)!;
  expect(unknown('实际值')).toBeNull();
  expect(unknown('结果')).not.toBe('已达成');
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
