// /compare with annual-target series on the curated data: the picker lists the series, each
// judged year (a target and an actual, both published by the as-of date) is a point on the
// chart, and the table lists those years with target, actual and the share. Both widths are
// pictured.
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { waitForLiveApp } from './fixtures';

const OUT = 'test-results/compare-series';
test.beforeAll(() => mkdir(OUT, { recursive: true }));

// On 2026-12-07 the curated data has one judged year of new urban jobs (2024: ≥ 260,000, 299,000
// reported, 115%) and three of the unemployment rate (2022: ≤ 5%, 4.7% → 106%; 2024 and 2025:
// 4.1% → 118%).
const URL = '/compare?asOf=2026-12-07&ids=series:new-urban-jobs,series:surveyed-unemployment-rate';

async function drawn(page: Page) {
  await waitForLiveApp(page);
  const figure = page.getByRole('figure', { name: /完成进度对比/ });
  await expect(figure.locator('.recharts-wrapper > svg')).toBeVisible();
  return figure;
}

test('two series are drawn as lines with a point per judged year, and tabled by year', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(URL);
  const figure = await drawn(page);
  // One line per series, one dot per judged year: 1 + 3.
  await expect(figure.locator('.recharts-line')).toHaveCount(2);
  await expect(figure.locator('.recharts-line-dots circle, .recharts-line-dot')).toHaveCount(4);
  await expect(figure.locator('.recharts-legend-item-text')).toHaveText([
    '城镇新增就业（年度目标）',
    '城镇调查失业率（年度目标）',
  ]);

  const table = page.getByRole('table', { name: '年度目标系列：逐年实际与目标' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('城镇新增就业（年度目标）');
  await expect(rows.nth(0)).toContainText('2024');
  await expect(rows.nth(0)).toContainText('≥ 26万人');
  await expect(rows.nth(0)).toContainText('115%');
  const unemployment = rows.filter({ hasText: '城镇调查失业率' });
  await expect(unemployment.locator('td:nth-child(2)')).toHaveText(['2022', '2024', '2025']);
  await expect(unemployment.nth(1)).toContainText('≤ 5%');
  await expect(unemployment.nth(1)).toContainText('4.1%');
  await expect(unemployment.nth(1)).toContainText('118%');
  // The note says how a ceiling is read on the chart.
  await expect(page.getByText(/上限 5%、实际 4.1% 为 118%/)).toBeVisible();

  // The picker lists the series, ticked.
  const picked = page.getByRole('list', { name: '年度目标系列' });
  await expect(picked.getByRole('checkbox', { name: '城镇新增就业' })).toBeChecked();
  await expect(picked.getByRole('checkbox', { name: '城镇调查失业率' })).toBeChecked();
  await page.screenshot({ path: `${OUT}/compare-two-series-1280.png`, fullPage: true });
});

test('ticking a series adds it to the URL as series:<id>, beside an indicator', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare?asOf=2026-12-07&ids=worker-innovation-studios');
  await waitForLiveApp(page);
  await page
    .getByRole('list', { name: '年度目标系列' })
    .getByRole('checkbox', { name: '城镇新增就业' })
    .check();
  await expect(page).toHaveURL(/ids=worker-innovation-studios%2Cseries%3Anew-urban-jobs/);
  const figure = await drawn(page);
  await expect(figure.locator('.recharts-legend-item-text')).toContainText([
    '城镇新增就业（年度目标）',
  ]);
  await expect(
    page.getByRole('table', { name: '年度目标系列：逐年实际与目标' }).locator('tbody tr'),
  ).toHaveCount(1);
});

test('at 390 px the two series are drawn and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(URL);
  const figure = await drawn(page);
  await expect(figure.locator('.recharts-line')).toHaveCount(2);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${OUT}/compare-two-series-390.png`, fullPage: true });
});
