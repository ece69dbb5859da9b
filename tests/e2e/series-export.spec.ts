// A series page exports its data like an indicator page: the 导出 menu writes every year known on
// the as-of date (target with its sign, actual and its date, the result a source states, the
// result, the sources) as CSV and XLSX, and the chart's PNG and SVG buttons draw the chart.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { mkdir, writeFile } from 'node:fs/promises';
import { download, exportFromMenu, OUT, pngFacts } from './export-helpers';
import { waitForLiveApp } from './fixtures';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const AS_OF = '2026-12-07';
const PAGE = `/series/surveyed-unemployment-rate?asOf=${AS_OF}`;
// The curated unemployment years on that day: 2022–2025 reported, 2023 without a target on
// record, 2026 in progress with its ceiling set.
const YEARS = [
  ['2022', '≤', '5', '4.7', '2022-12-31'],
  ['2023', '', '', '4.4', '2023-12-31'],
  ['2024', '≤', '5', '4.1', '2024-12-31'],
  ['2025', '≤', '5', '4.1', '2025-12-31'],
  ['2026', '≤', '5', '', ''],
];
const HEADER = ['年份', '目标方向', '目标值', '实际值', '实际值日期', '来源表述的结果', '结果'];

test('CSV: the series years in one table, with the sources', async ({ page }) => {
  await page.goto(PAGE);
  await waitForLiveApp(page);
  const file = await exportFromMenu(page, '数据表（CSV）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  const folder = `plan-tracker-data-series-surveyed-unemployment-rate-${AS_OF}-csv`;
  expect(file.name).toBe(`${folder}.zip`);
  const entries = unzipSync(new Uint8Array(file.bytes));
  // No empty indicator tables: the readme and the series table.
  expect(Object.keys(entries)).toEqual([`${folder}/0-readme.csv`, `${folder}/1-series.csv`]);
  const bytes = entries[`${folder}/1-series.csv`]!;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // TextDecoder drops the BOM itself.
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data as [string[], ...string[][]];
  const at = (name: string) => header.indexOf(name);
  expect(HEADER.map(at).every((i) => i >= 0)).toBe(true);
  expect(rows.map((row) => HEADER.slice(0, 5).map((name) => row[at(name)]))).toEqual(YEARS);
  expect(rows.every((row) => row[at('系列编号')] === 'surveyed-unemployment-rate')).toBe(true);
  const y2024 = rows.find((row) => row[at('年份')] === '2024')!;
  expect(y2024[at('结果')]).toBe('已达成');
  // The margin as the figures are written (5 − 4.1), not 0.9000000000000004.
  expect(y2024[at('与目标相差')]).toBe('0.9');
  expect(y2024[at('实绩原文')]).toContain('去年城镇调查失业率均值4.1%');
  expect(y2024[at('实绩来源类型')]).toContain('官方网站');
  expect(y2024[at('目标原文')]).not.toBe('');
});

test('XLSX: a readme and the series sheet, with real dates and the stated result', async ({
  page,
}) => {
  await page.goto(PAGE);
  await waitForLiveApp(page);
  const file = await exportFromMenu(page, '数据表（Excel XLSX）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  expect(file.name).toBe(`plan-tracker-data-series-surveyed-unemployment-rate-${AS_OF}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '年度目标']);
  const sheet = workbook.getWorksheet('年度目标')!;
  const values = sheet
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));
  const header = values[0] as string[];
  const at = (name: string) => header.indexOf(name);
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  expect(values.slice(1).map((r) => [r[at('年份')], r[at('实际值')], r[at('实际值日期')]])).toEqual(
    [
      [2022, 4.7, day('2022-12-31')],
      [2023, 4.4, day('2023-12-31')],
      [2024, 4.1, day('2024-12-31')],
      [2025, 4.1, day('2025-12-31')],
      [2026, undefined, undefined],
    ],
  );
  const dateCell = sheet.getRow(2).getCell(at('实际值日期') + 1);
  expect(dateCell.type).toBe(ExcelJS.ValueType.Date);
  expect(dateCell.numFmt).toBe('yyyy-mm-dd');

  // A series judged in words: its stated result has a column of its own.
  await page.goto(`/series/old-compound-starts?asOf=${AS_OF}`);
  await waitForLiveApp(page);
  const stated = await exportFromMenu(page, '数据表（Excel XLSX）');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(stated.bytes as unknown as ArrayBuffer);
  const rows = book
    .getWorksheet('年度目标')!
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));
  const col = (name: string) => (rows[0] as string[]).indexOf(name);
  const y2024 = rows.find((r) => r[col('年份')] === 2024)!;
  expect([y2024[col('目标方向')], y2024[col('目标值')], y2024[col('实际值')]]).toEqual([
    '≥',
    300,
    undefined,
  ]);
  expect(y2024[col('来源表述的结果')]).toBe('已达成（来源表述）');
});

test('the series chart exports as PNG and SVG', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE);
  await waitForLiveApp(page);
  const figure = page.getByRole('figure', { name: '逐年目标与实绩' });
  await expect(figure.locator('.recharts-wrapper > svg')).toBeVisible();

  const png = await download(page, () => figure.getByRole('button', { name: /PNG/ }).click());
  await writeFile(`${OUT}/${png.name}`, png.bytes);
  expect(png.name).toBe(`plan-tracker-chart-surveyed-unemployment-rate-series-chart-${AS_OF}.png`);
  const facts = pngFacts(png.bytes);
  expect(facts.width).toBe(760 * 2);
  expect(facts.stdDev).toBeGreaterThan(15);
  expect(facts.inkShare).toBeGreaterThan(0.01);

  const svg = await download(page, () => figure.getByRole('button', { name: /SVG/ }).click());
  await writeFile(`${OUT}/${svg.name}`, svg.bytes);
  expect(svg.name).toBe(`plan-tracker-chart-surveyed-unemployment-rate-series-chart-${AS_OF}.svg`);
  const text = svg.bytes.toString('utf8');
  for (const pattern of [/城镇调查失业率 · 逐年目标与实绩/, /截至 2026年12月7日/, /数据来源：/])
    expect(text).toMatch(pattern);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      bars: doc.querySelectorAll('.recharts-bar-rectangle path, .recharts-rectangle').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.width).toBe(760);
  // A bar per reported actual: 2022–2025.
  expect(parsed.bars).toBeGreaterThanOrEqual(4);
});
