// Chart and page images: Chinese, stamped, the right size, and not blank.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { serveWithObservations } from './fixtures';
import { PNG } from 'pngjs';
import { download, openExportMenu, OUT, pngFacts } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const STAMP = [/数据来源：北京市总工会/, /导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/];

async function checkChart(page: Page, scope: Locator, title: RegExp, asOf = '2025年1月15日') {
  // Recharts' surface, or an own SVG chart's body (its svg with the HTML labels beside it).
  const chart = scope
    .locator('.recharts-wrapper > svg, [data-chart-body], [data-export-area]')
    .first();
  await expect(chart).toBeVisible();
  const box = { height: await chart.evaluate((el) => el.getBoundingClientRect().height) };
  const png = await download(page, () => scope.getByRole('button', { name: /PNG/ }).click());
  await writeFile(`${OUT}/${png.name}`, png.bytes);
  const facts = pngFacts(png.bytes);
  // Laid out at the fixed export width (760 px, twice that in pixels), whatever the screen.
  expect(facts.width).toBe(760 * 2);
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
  expect(parsed).toEqual({ error: null, width: 760 });
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
  // The legend and the axis labels are HTML; the SVG file redraws them as text.
  const detailSvg = detail.svg.bytes.toString('utf8');
  expect(detailSvg).toContain('按当前速度预测');
  expect(detailSvg).toContain('8000家');
  expect(detailSvg).toMatch(/<text[^>]*>2024年1月1日<\/text>/);

  await page.goto('/compare?asOf=2025-01-15&ids=worker-innovation-studios,union-coverage-rate');
  await checkChart(
    page,
    page.getByRole('figure', { name: /完成进度对比/ }),
    /指标对比 · 完成进度对比/,
  );
});

test('a chart PNG exported on a 390 px phone is the 1280 px picture, outside the export time', async ({
  browser,
}) => {
  const shots = [];
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await serveWithObservations(page);
    await page.goto('/indicator/worker-innovation-studios?asOf=2025-07-01');
    const figure = page.getByRole('figure', { name: '历史数据、目标与预测' });
    await expect(figure.locator('.history-chart svg polyline').first()).toBeVisible();
    const png = await download(page, () => figure.getByRole('button', { name: /PNG/ }).click());
    await writeFile(`${OUT}/chart-at-${width}.png`, png.bytes);
    expect(png.name).toBe('plan-tracker-chart-worker-innovation-studios-history-2025-07-01.png');
    shots.push(PNG.sync.read(png.bytes));
    await page.close();
  }
  const [desk, phone] = shots as unknown as [PNG, PNG];
  expect([phone.width, phone.height]).toEqual([desk.width, desk.height]);
  // The stamp's third line (the export time) sits at y 58–76 CSS px, ×2 in the PNG.
  const skip = (y: number) => y >= 112 && y < 156;
  let differing = 0;
  for (let y = 0; y < desk.height; y += 1) {
    if (skip(y)) continue;
    for (let x = 0; x < desk.width; x += 1) {
      const i = (y * desk.width + x) * 4;
      if (Math.abs(desk.data[i]! - phone.data[i]!) > 8) differing += 1;
    }
  }
  expect(differing).toBe(0);
});

/**
 * Keeps what snapDOM draws: it serialises the pruned copy of the page into an SVG
 * foreignObject (with XMLSerializer, in the app's window) before painting it on a canvas.
 */
const captureDrawnMarkup = (page: Page) =>
  page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { __drawn: string[] }).__drawn = drawn;
    const serialize = XMLSerializer.prototype.serializeToString;
    XMLSerializer.prototype.serializeToString = function (node: Node) {
      const text = serialize.call(this, node);
      if (text.includes('foreignObject')) drawn.push(text);
      return text;
    };
  });

test('the page PNG on a phone is the desktop picture, without filters, buttons or menus', async ({
  browser,
}) => {
  // Two whole-page exports, each loading the page again off-screen: slow on a busy machine.
  test.setTimeout(150_000);
  const shots = [];
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
    await serveWithObservations(page);
    await captureDrawnMarkup(page);
    await page.goto('/?asOf=2025-01-15');
    await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
    // The live page has its controls.
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByRole('combobox').first()).toBeVisible();
    const file = await download(page, async () => {
      await openExportMenu(page);
      await page.getByRole('button', { name: '本页图片（PNG）' }).click();
      // While it runs, the menu says which step it is at, with a progress bar.
      // (The menu's own status line; 复制要点 has one of its own beside its button.)
      await expect(
        page.locator('.export-menu__status').filter({ hasText: /第 [123] 步，共 3 步/ }),
      ).toBeVisible();
      await expect(page.getByRole('progressbar', { name: /本页图片/ })).toBeVisible();
    });
    await writeFile(`${OUT}/page-at-${width}-${file.name}`, file.bytes);
    expect(file.name).toBe('plan-tracker-page-overview-2025-01-15.png');
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(file.name);

    const markup = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
    expect(markup).toHaveLength(1);
    const found = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const count = (selector: string) => doc.querySelectorAll(selector).length;
      return {
        width: Number(doc.documentElement.getAttribute('width')),
        controls: count(
          'select, input, textarea, button, [role="search"], [role="combobox"], [role="menu"], [data-export-ignore]',
        ),
        articles: count('article'),
        text: doc.documentElement.textContent ?? '',
      };
    }, markup[0]!);
    // What was drawn: the page's content, none of its controls.
    expect(found.controls).toBe(0);
    expect(found.articles).toBeGreaterThan(3);
    expect(found.text).toContain('指标总览');
    expect(found.text).toContain('北京市“十四五”时期职工发展规划');
    expect(found.text).toContain('进展报告覆盖情况');
    expect(found.text).not.toContain('导出');
    const facts = pngFacts(file.bytes);
    // Desktop width (the 1280 px frame's main column), twice in pixels: never the phone's 390.
    expect(facts.width).toBeGreaterThan(1000 * 2);
    expect(facts.stdDev).toBeGreaterThan(15);
    shots.push({ drawnWidth: found.width, png: PNG.sync.read(file.bytes) });
    await page.close();
  }
  const [desk, phone] = shots as [(typeof shots)[0], (typeof shots)[0]];
  // Both drawn from the same 1280 px layout: the same width. (Not the height: once the service
  // worker controls the off-screen frame its requests bypass page.route, so the frame may show
  // the published data rather than this test's fixture.)
  expect(phone.drawnWidth).toBe(desk.drawnWidth);
  expect(phone.png.width).toBe(desk.png.width);
});
