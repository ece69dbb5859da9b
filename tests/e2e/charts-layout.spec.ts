// Charts read well at phone and desktop widths, in both languages, and cost keyboard users
// nothing: what the reviewer found broken, checked in the browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForLiveApp } from './fixtures';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const PROJECTION_COLOR = '#a65e00';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of every element matching `selector` inside `scope`, in the page's coordinates. */
const boxes = (scope: Locator, selector: string) =>
  scope.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height, text: el.textContent ?? '' };
    }),
  );

function expectApart(list: (Box & { text: string })[], what: string) {
  for (let i = 1; i < list.length; i += 1) {
    const [a, b] = [list[i - 1]!, list[i]!];
    expect(overlaps(a, b), `${what}: "${a.text}" and "${b.text}" overlap`).toBe(false);
  }
}

/** The first plan chart of the overview, scrolled to (the annual-target cards come first). */
async function firstPlanChart(page: Page) {
  const chart = page.locator('.chart-figure__chart').first();
  await chart.scrollIntoViewIfNeeded({ timeout: 15_000 });
  await expect(chart.locator('.progress-chart__line').first()).toBeVisible({
    timeout: 15_000,
  });
  return chart;
}

/** Scrolls to the end and back, so every chart that waits to be seen gets drawn. */
async function drawAllCharts(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
  });
}

test.describe('the briefing on a phone', () => {
  test('each chart fits its box, and the legend lists only the lines drawn', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/report?demo');
    const charts = page.locator('.report-chart');
    await expect(charts.locator('.recharts-wrapper > svg').first()).toBeVisible({
      timeout: 15_000,
    });
    await drawAllCharts(page);
    const count = await charts.count();
    expect(count).toBeGreaterThan(5);
    let withProjection = 0;
    for (let i = 0; i < count; i += 1) {
      const chart = charts.nth(i);
      const svg = chart.locator('.recharts-wrapper > svg');
      await expect(svg).toBeVisible();
      const [box, drawn] = [(await chart.boundingBox())!, (await svg.boundingBox())!];
      expect(drawn.x + drawn.width, `chart ${i} overflows its box`).toBeLessThanOrEqual(
        box.x + box.width + 0.5,
      );
      const projectionDrawn = await chart
        .locator(`.recharts-line-curve[stroke="${PROJECTION_COLOR}"]`)
        .count();
      const legend = await chart.locator('.recharts-legend-item').allTextContents();
      expect(legend.includes('按当前速度预测'), `chart ${i}: ${legend.join(', ')}`).toBe(
        projectionDrawn > 0,
      );
      if (projectionDrawn > 0) withProjection += 1;
    }
    // The demo has both kinds, so both branches above were exercised.
    expect(withProjection).toBeGreaterThan(0);
    expect(withProjection).toBeLessThan(count);
    await page.screenshot({ path: 'test-results/screens/charts-report-390.png' });
  });
});

for (const lang of ['zh', 'en'] as const) {
  const query = lang === 'en' ? '?demo&lang=en' : '?demo';

  test(`the overview bar chart reads on a phone (${lang})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${query}`);
    const chart = await firstPlanChart(page);
    // The bars get nearly the chart's whole width, not what a column of names leaves over.
    const plot = (await chart.locator('.progress-chart__svg').boundingBox())!;
    expect(plot.width).toBeGreaterThan(0.8 * (await chart.boundingBox())!.width);
    const ticks = await boxes(chart, '.progress-chart__axis text');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expectApart(ticks, 'ticks');
    // Each row's name and value share a line and never touch; rows never touch each other.
    const rows = await chart.locator('.progress-chart__line').all();
    expect(rows.length).toBeGreaterThan(3);
    const texts = [];
    for (const row of rows) {
      const [name] = await boxes(row, '.progress-chart__name');
      const [value] = await boxes(row, '.progress-chart__value');
      expect(overlaps(name!, value!), `"${name!.text}" runs into "${value!.text}"`).toBe(false);
      texts.push(name!, value!);
    }
    const marks = await boxes(chart, '.progress-chart__bar rect');
    for (const text of texts)
      for (const mark of marks)
        expect(overlaps(text, mark), `"${text.text}" is drawn over a bar or marker`).toBe(false);
    await page.screenshot({ path: `test-results/screens/charts-overview-390-${lang}.png` });
  });

  test(`the overview bar chart shows whole names on a desktop (${lang})`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`/${query}`);
    const chart = await firstPlanChart(page);
    // Names are cut by CSS (an ellipsis) only when they do not fit: here each fits whole.
    const names = chart.locator('.progress-chart__name');
    expect(await names.count()).toBeGreaterThan(3);
    const cut = await names.evaluateAll((all) =>
      all.filter((name) => name.scrollWidth > name.clientWidth).map((name) => name.textContent),
    );
    expect(cut).toEqual([]);
  });

  test(`the indicator history's value labels never overlap (${lang})`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    // The one-shot indicator with the largest count target (30,000 stations): its value labels
    // are the longest. (New urban jobs, once used here, is an annual-target series now.)
    await page.goto(`/indicator/warm-heart-stations${query}`);
    const chart = page.locator('.chart-figure__chart');
    await expect(chart.locator('.history-chart svg polyline').first()).toBeVisible();
    const ticks = await boxes(chart, '.history-chart__y span');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    // One line each (a wrapped "30,000 / stations" would be twice as tall), apart from each other.
    for (const tick of ticks) expect(tick.height, tick.text).toBeLessThan(20);
    ticks.sort((a, b) => a.y - b.y);
    expectApart(ticks, 'value ticks');
    // Evenly spaced: no extra tick squeezed in at the top (0, 10k, 20k, 30k, 35k).
    const gaps = ticks.slice(1).map((tick, i) => tick.y - ticks[i]!.y);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(2);
    expect(Math.min(...gaps)).toBeGreaterThan(2 * ticks[0]!.height);
  });

  for (const viewport of [DESKTOP, PHONE]) {
    test(`the indicator history's date labels never overlap, a tooltip follows the pointer (${lang}, ${viewport.width})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // The curated data (the prerendered page), not the demo's.
      await page.goto(`/indicator/worker-innovation-studios${lang === 'en' ? '?lang=en' : ''}`);
      // In English the app renders the page afresh: read the chart it draws.
      await waitForLiveApp(page);
      const chart = page.locator('.chart-figure__chart');
      const plot = chart.locator('.history-chart__plot');
      await expect(plot.locator('svg polyline').first()).toBeVisible();
      // Only the ticks this width shows (the denser tiers are hidden on a narrow chart).
      const dates = await chart.locator('.history-chart__x span').evaluateAll((els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible')
          .map((el) => {
            const { x, y, width, height } = el.getBoundingClientRect();
            return { x, y, width, height, text: el.textContent ?? '' };
          }),
      );
      // On a phone in English the value labels are long and leave the plot ~200 px: room for
      // one date label whole, never two crowding each other.
      expect(dates.length).toBeGreaterThanOrEqual(viewport.width < 500 && lang === 'en' ? 1 : 2);
      expectApart(dates, 'date ticks');
      await plot.scrollIntoViewIfNeeded(); // below the fold on a phone
      const box = (await plot.boundingBox())!;
      const tooltip = chart.getByRole('tooltip');
      // The HTML is there before the page's code: hover until the page is live.
      let x = 0.6;
      await expect(async () => {
        x = 1.2 - x;
        await page.mouse.move(box.x + box.width * x, box.y + box.height / 2);
        await expect(tooltip).toBeVisible({ timeout: 500 });
      }).toPass();
      const tip = (await tooltip.boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width + 1);
      await page.screenshot({ path: `test-results/screens/history-${viewport.width}-${lang}.png` });
    });
  }
}

test.describe('keyboard', () => {
  test('nothing inside a hidden chart takes focus; Tab goes from the date to a real control', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/?demo');
    await firstPlanChart(page);
    await drawAllCharts(page);
    const results = await new AxeBuilder({ page }).withRules(['aria-hidden-focus']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target))).toEqual([]);
    const date = page.getByLabel('截至日期');
    await date.focus();
    // The date field's own parts (year, month, day) take Tab first.
    let focused = { tag: 'INPUT', inSvg: false, hidden: false };
    for (let presses = 0; presses < 6 && focused.tag === 'INPUT'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement!;
        return {
          tag: el.tagName,
          inSvg: el.closest('svg') !== null,
          hidden: el.closest('[aria-hidden="true"]') !== null,
        };
      });
    }
    expect(focused).toEqual({
      tag: expect.stringMatching(/^(A|BUTTON|SELECT|SUMMARY)$/),
      inSvg: false,
      hidden: false,
    });
  });

  test('after the last "再显示" the focus moves to the first newly shown card', async ({
    page,
  }) => {
    await page.goto('/?demo&size=100');
    const withMore = page.locator('.plan-section').filter({ has: page.locator('.show-more') });
    await expect(withMore.first()).toBeVisible({ timeout: 15_000 });
    // Pinned by its heading: once its list is complete, it no longer matches `withMore`.
    const heading = await withMore.first().getByRole('heading', { level: 2 }).textContent();
    const section = page.locator('.plan-section').filter({
      has: page.getByRole('heading', { level: 2, name: heading!, exact: true }),
    });
    const button = section.locator('.show-more button');
    await expect(button).toBeVisible({ timeout: 15_000 });
    for (let pages = 0; pages < 20 && (await button.count()) > 0; pages += 1) {
      const before = await section.locator('.indicator-card').count();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(section.locator('.indicator-card')).not.toHaveCount(before);
      if ((await button.count()) > 0) {
        await expect(button).toBeFocused();
      } else {
        const firstNew = section.locator('.indicator-card').nth(before);
        await expect(firstNew.getByRole('link').first()).toBeFocused();
      }
    }
    await expect(button).toHaveCount(0);
  });
});

test('changing filters logs no errors (no bar drawn with a negative height)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize(DESKTOP);
  await page.goto('/?demo');
  await firstPlanChart(page);
  await drawAllCharts(page);
  const status = page.getByLabel('状态', { exact: true });
  const category = page.getByLabel('领域', { exact: true });
  const search = page.getByLabel('搜索', { exact: true });
  for (let round = 0; round < 2; round += 1) {
    await status.selectOption({ label: '已达成' });
    await page.waitForTimeout(300);
    await status.selectOption({ label: '全部' });
    await page.waitForTimeout(300);
    await category.selectOption({ index: 1 });
    await page.waitForTimeout(300);
    await category.selectOption({ label: '全部' });
    await page.waitForTimeout(300);
    await search.fill('职工');
    await page.waitForTimeout(300);
    await search.fill('');
    await page.waitForTimeout(300);
  }
  await expect(page.locator('.progress-chart__line').first()).toBeVisible();
  expect(errors).toEqual([]);
});
