// Spreadsheets of the data in view: CSV as one table per file (UTF-8 with BOM) in a zip, XLSX
// with a sheet per table that re-reads with sized columns, filters, date cells, status fills and
// never a formula, and a clear message when the data behind an export cannot be loaded.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { mkdir, writeFile } from 'node:fs/promises';
import { exportFromMenu, openExportMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const HOSTILE = '=HYPERLINK("http://evil.example","点我")';
/** Look-alikes (issue 16): a full-width ＝, and a sign behind a space or a line feed. */
const LOOK_ALIKES = ['＝1+1 全角', ' +1 见附件', '\n-覆盖率 40%'];
const PLAN = 'beijing-14th-fyp-worker-development';

/** Test-only observations, with quotes that a spreadsheet would run as a formula. */
async function serveHostileData(page: Page) {
  const extra: Record<string, { date: string; value: number; quote: string }[]> = {
    'worker-innovation-studios': [
      { date: '2023-06-30', value: 4200, quote: HOSTILE },
      { date: '2025-06-30', value: 8240, quote: LOOK_ALIKES[1]! },
    ],
    'union-coverage-rate': [
      { date: '2024-06-30', value: 30, quote: LOOK_ALIKES[0]! },
      { date: '2024-12-31', value: 40, quote: LOOK_ALIKES[2]! },
    ],
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

const FORMULA_LIKE = /^[\s\u3000]*[=+\-@＝＋－＠]/;

test('CSV: a zip of one tidy table per file, UTF-8 with a BOM, look-alikes neutralised', async ({
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
  expect(file.name).toBe('plan-tracker-data-overview-2025-01-15-csv.zip');
  const entries = unzipSync(new Uint8Array(file.bytes));
  const folder = 'plan-tracker-data-overview-2025-01-15-csv';
  expect(Object.keys(entries)).toEqual([
    `${folder}/0-readme.csv`,
    `${folder}/1-summary.csv`,
    `${folder}/2-observations.csv`,
  ]);
  const tables = Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => {
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes).slice(1);
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      return [name.replace(/^.*\/\d-|\.csv$/g, ''), parsed.data];
    }),
  );
  // One tidy table per file: a single header row, then rows of the same width, no blank lines.
  for (const name of ['summary', 'observations']) {
    const [header, ...rows] = tables[name]!;
    expect(header!.length, name).toBeGreaterThan(5);
    for (const row of rows) expect(row, name).toHaveLength(header!.length);
  }
  expect(tables.readme).toContainEqual(['截至日期', '2025年1月15日']);
  // The readme says how formula-like text was neutralised.
  expect(tables.readme!.find((r) => r[0] === '单元格说明')?.[1]).toContain("英文单引号 '");
  const [head, ...observations] = tables.observations!;
  expect(head).toContain('来源类型');
  expect(head).toContain('链接');
  // The two observations reported by 2025-01-15 for the studios, two for coverage.
  expect(observations).toHaveLength(3);
  const quotes = observations.map((r) => r[head!.indexOf('原文摘录')]);
  expect(quotes).toEqual([`'${HOSTILE}`, `'${LOOK_ALIKES[0]}`, `'${LOOK_ALIKES[2]}`]);
  expect(tables.summary!.slice(1).filter((r) => r[0]!.startsWith('北京市“十四五”'))).toHaveLength(
    6,
  );
  const cells = Object.values(tables).flat(2);
  expect(cells.filter((c) => FORMULA_LIKE.test(c))).toEqual([]);
});

test('XLSX: a sheet per table with sized columns, filters, frozen headers, dates and fills', async ({
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
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '指标汇总', '观测数据']);
  const values = (name: string) =>
    workbook
      .getWorksheet(name)!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
  // No annual-target series has a year set by this plan, so there is no empty series sheet
  // (the series sheet is read in the test below).
  const catalog = (await (await page.request.get('/api/plans.json')).json()) as {
    series: { id: string; years: { plan?: string }[] }[];
  };
  expect(catalog.series.filter((one) => one.years.some((year) => year.plan === PLAN))).toEqual([]);
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
    '来源类型',
    '链接',
    '原文摘录',
  ]);
  // Real date cells (midnight UTC: the calendar day), numbers as numbers.
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  expect(observations.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
    ['worker-innovation-studios', day('2023-06-30'), 4200],
    ['worker-innovation-studios', day('2025-06-30'), 8240],
    ['union-coverage-rate', day('2024-06-30'), 30],
    ['union-coverage-rate', day('2024-12-31'), 40],
  ]);
  const obsSheet = workbook.getWorksheet('观测数据')!;
  expect(obsSheet.getCell('F2').type).toBe(ExcelJS.ValueType.Date);
  expect(obsSheet.getCell('F2').numFmt).toBe('yyyy-mm-dd');
  // In XLSX a text cell is a string cell, never a formula: the text as the source wrote it.
  expect(observations.slice(1).map((r) => r[10])).toEqual([
    HOSTILE,
    LOOK_ALIKES[1],
    ...LOOK_ALIKES.slice(0, 1),
    LOOK_ALIKES[2],
  ]);
  expect(obsSheet.getCell('K2').type).toBe(ExcelJS.ValueType.String);

  const summary = values('指标汇总');
  expect(summary).toHaveLength(1 + 6);
  const header = summary[0] as string[];
  const studios = summary.find((r) => r[1] === 'worker-innovation-studios')!;
  const at = (column: string) => studios[header.indexOf(column)];
  // At the target in mid-2025, but the target runs to its deadline: on track, not yet achieved.
  expect([at('目标值'), at('最新值'), at('状态')]).toEqual([8000, 8240, '进展正常']);
  expect(at('期限')).toEqual(day('2025-12-31'));
  expect(String(at('目标原文'))).toContain('8000');
  expect(at('最新值原文')).toBe(LOOK_ALIKES[1]);
  expect(values('说明')).toContainEqual(['截至日期', '2025年7月1日']);

  for (const sheet of workbook.worksheets.slice(1)) {
    // A filter over the whole table, the header row frozen.
    const columns = sheet.getRow(1).cellCount;
    expect(sheet.autoFilter, sheet.name).toBe(
      `A1:${sheet.getColumn(columns).letter}${sheet.rowCount}`,
    );
    expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Columns sized to their content: a date column is narrow, a quote column wide.
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths), sheet.name).toBeGreaterThanOrEqual(8);
    expect(new Set(widths).size, sheet.name).toBeGreaterThan(2);
  }
  const summarySheet = workbook.getWorksheet('指标汇总')!;
  const col = (label: string) => header.indexOf(label) + 1;
  expect(summarySheet.getColumn(col('期限')).width).toBeLessThan(
    summarySheet.getColumn(col('目标原文')).width!,
  );
  // The status is a word with a fill in its colour (on track blue, no data grey).
  const fills = new Map<string, string>();
  summarySheet.eachRow((row, n) => {
    if (n === 1) return;
    const cell = row.getCell(col('状态'));
    const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
    fills.set(String(cell.value), fill?.fgColor?.argb ?? 'none');
  });
  expect(fills.get('进展正常')).toMatch(/^FF[0-9A-F]{6}$/);
  expect(fills.get('暂无进展数据')).toMatch(/^FF[0-9A-F]{6}$/);
  expect(fills.get('进展正常')).not.toBe(fills.get('暂无进展数据'));

  const formulas: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(cell.address);
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
  expect(row('实绩来源')).toBe(source.title.zh);
  expect(row('实绩来源类型')).toBe('官方网站');
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
