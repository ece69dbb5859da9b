// Chart and page images: Chinese, stamped, the right size, and not blank.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { serveWithObservations } from './fixtures';
import { download, exportFromMenu, OUT, pngFacts } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const STAMP = [/数据来源：北京市总工会/, /导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/];

async function checkChart(page: Page, scope: Locator, title: RegExp, asOf = '2025年1月15日') {
  const chart = scope.locator('.recharts-wrapper > svg').first();
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  const png = await download(page, () => scope.getByRole('button', { name: /PNG/ }).click());
  await writeFile(`${OUT}/${png.name}`, png.bytes);
  const facts = pngFacts(png.bytes);
  expect(facts.width).toBe(Math.round(box.width) * 2);
  expect(facts.height).toBeGreaterThan(Math.round(box.height) * 2 + 100);
  expect(facts.stdDev).toBeGreaterThan(15);
  expect(facts.inkShare).toBeGreaterThan(0.01);
  await expect(scope.getByRole('status').filter({ hasText: `已导出 ${png.name}` })).toBeVisible();

  const svg = await download(page, () => scope.getByRole('button', { name: /SVG/ }).click());
  await writeFile(`${OUT}/${svg.name}`, svg.bytes);
  const text = svg.bytes.toString('utf8');
  for (const pattern of [title, new RegExp(`截至 ${asOf}`), ...STAMP]) {
    if (!pattern.test(text)) throw new Error(`the SVG lacks ${pattern}`);
  }
  expect(text).toContain('font-family="&apos;Noto Sans CJK SC&apos;');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
    };
  }, text);
  expect(parsed).toEqual({ error: null, width: Math.round(box.width) });
  return { png, svg };
}

test('the overview, detail and compare charts export as stamped PNG and SVG', async ({ page }) => {
  await serveWithObservations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?asOf=2025-01-15');
  const plan = page.getByRole('region', { name: '北京市“十四五”时期职工发展规划' });
  // The plan charts start below the annual-target cards: a chart is drawn once it is near. (Only
  // the live data, with the test observations, gives this plan a chart.)
  await plan.locator('.chart-figure__chart').scrollIntoViewIfNeeded();
  const { png } = await checkChart(page, plan, /北京市“十四五”时期职工发展规划 · 目标完成进度/);
  expect(png.name).toBe('plan-tracker-chart-beijing-14th-fyp-worker-development-2025-01-15.png');

  await page.goto('/indicator/worker-innovation-studios?asOf=2025-07-01');
  const history = page.getByRole('figure', { name: '历史数据、目标与预测' });
  const detail = await checkChart(page, history, /职工创新工作室数量 · 历史数据/, '2025年7月1日');
  // Recharts draws the legend in HTML; the SVG file redraws it so the lines stay explained.
  expect(detail.svg.bytes.toString('utf8')).toContain('按当前速度预测');

  await page.goto('/compare?asOf=2025-01-15&ids=worker-innovation-studios,union-coverage-rate');
  await checkChart(
    page,
    page.getByRole('figure', { name: /完成进度对比/ }),
    /指标对比 · 完成进度对比/,
  );
});

test('the whole page exports as one PNG the size of the page, every chart drawn, stamp on top', async ({
  page,
}) => {
  await serveWithObservations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?asOf=2025-01-15');
  // Live, with the test observations: their plan has a chart (below the fold, not drawn yet).
  await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
  await expect(page.locator('#main .chart-figure__chart').first()).toBeAttached();
  const file = await exportFromMenu(page, '本页图片（PNG）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  expect(file.name).toBe('plan-tracker-page-overview-2025-01-15.png');
  // Charts far below the fold draw only when scrolled to; the exporter drew them all first.
  const charts = page.locator('#main .chart-figure__chart');
  await expect(page.locator('#main .chart-figure__chart .recharts-wrapper')).toHaveCount(
    await charts.count(),
  );
  const main = await page.locator('#main').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const charts = [...el.querySelectorAll('.chart-figure__chart')].map((chart) => {
      const r = chart.getBoundingClientRect();
      return { x: r.x - box.x, y: r.y - box.y, width: r.width, height: r.height };
    });
    return { w: el.scrollWidth, h: el.scrollHeight, charts };
  });
  const facts = pngFacts(file.bytes);
  expect(facts.width).toBe(main.w);
  const band = facts.height - main.h;
  expect(band).toBeGreaterThanOrEqual(60);
  expect(band).toBeLessThanOrEqual(140);
  expect(facts.stdDev).toBeGreaterThan(15);
  // Every chart is drawn in the image, none left as an empty placeholder.
  const spreads = main.charts.map(
    (c) =>
      pngFacts(file.bytes, {
        x: Math.round(c.x),
        y: Math.round(c.y) + band,
        width: Math.round(c.width),
        height: Math.round(c.height),
      }).stdDev,
  );
  expect(spreads.filter((spread) => spread < 8)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(file.name);
});
