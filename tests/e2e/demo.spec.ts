import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { serveWithObservations, waitForLiveApp } from './fixtures';

const BANNER_TEXT = '演示模式：以下数字为模拟数据，并非真实进展';
/** Anything of msw's: its worker script, its library (its log prefix) or the demo chunk. */
const MSW_URL = /mockServiceWorker\.js|msw|start-demo/;

const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const controller = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
const banner = (page: Page) => page.getByRole('region', { name: '演示模式' });

test.describe('demo mode', () => {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`?demo is labelled and its charts are filled by the service worker (${viewport.name})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const api: Response[] = [];
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('response', (response) => {
        // Not the generator's own reads of the real files, which msw's bypass() marks (they may
        // run before the worker is active: it generates while the worker registers).
        const generatorRead = /msw\/passthrough/.test(response.request().headers().accept ?? '');
        if (new URL(response.url()).pathname.startsWith('/api/') && !generatorRead)
          api.push(response);
      });
      await page.goto('/?demo');
      await expect(banner(page)).toContainText(BANNER_TEXT);
      // The plan charts come after the annual-target cards, below the fold: drawn when near.
      const chart = page.locator('.chart-figure__chart').first();
      await chart.scrollIntoViewIfNeeded({ timeout: 15_000 });
      await expect(chart.locator('.progress-chart__line').first()).toBeVisible({
        timeout: 15_000,
      });
      const reported = page.getByRole('article').filter({ hasText: /\d{4}.*报告/ });
      await expect(reported.first()).toBeVisible();
      expect(await reported.count()).toBeGreaterThan(5);
      expect(await controller(page)).toMatch(/\/mockServiceWorker\.js$/);
      // The pattern the normal-visit test relies on does see demo mode's downloads.
      expect(requests.some((url) => MSW_URL.test(url))).toBe(true);
      // Every /api answer came through the worker, and the list the app used is simulated.
      expect(api.length).toBeGreaterThan(0);
      expect(api.every((response) => response.fromServiceWorker())).toBe(true);
      const lists = api.filter((r) => r.url().endsWith('/api/indicators.json'));
      const bodies = await Promise.all(lists.map((r) => r.text()));
      expect(bodies.some((body) => body.includes('"source":"demo-simulated"'))).toBe(true);
      // Sticky: still in view after scrolling to the bottom of the page.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(banner(page)).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: `test-results/screens/demo-${viewport.name}.png`,
        fullPage: true,
      });
    });
  }

  test('keeps demo mode and its seed while navigating', async ({ page }) => {
    await page.goto('/?demo&seed=7&size=20');
    await expect(banner(page)).toContainText('另加 20 项模拟指标');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '对比' })
      .click();
    await expect(page).toHaveURL(/\/compare\?demo&seed=7&size=20/);
    await expect(banner(page)).toContainText('随机种子 7');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '总览' })
      .click();
    await expect(page).toHaveURL(/\/\?demo&seed=7&size=20/);
    // page.request does not pass through the page's service worker: it gets the real list.
    const real = (await (await page.request.get('/api/indicators.json')).json()) as unknown[];
    // The page's own fetch does: the demo's series (the real ones with a target to simulate).
    const demo = await page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) throw new Error('no demo service worker');
      const catalog = (await (await fetch('/api/plans.json')).json()) as { series: unknown[] };
      return { series: catalog.series.length };
    });
    expect(demo.series).toBeGreaterThan(0);
    await expect(page.locator('article.series-card')).toHaveCount(demo.series);
    // Every indicator, real and simulated, is on the page: a card if it has a simulated
    // report, else a line in its plan's list of indicators without one.
    const indicators = page.locator(
      'article.indicator-card:not(.series-card), .unreported__list > li',
    );
    await expect(indicators).toHaveCount(real.length + 20);
  });

  test('a normal visit registers no service worker and requests nothing of msw', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The curated data has no reports, so no chart: test-only observations (added in flight,
    // not by a service worker) make one, so the chart code is loaded too.
    await serveWithObservations(page);
    await page.goto('/');
    await waitForLiveApp(page);
    const chart = page.locator('.chart-figure__chart').first();
    await chart.scrollIntoViewIfNeeded({ timeout: 15_000 });
    await expect(chart.locator('.progress-chart__line').first()).toBeVisible({
      timeout: 15_000,
    });
    await page.waitForLoadState('networkidle');
    expect(requests.some((url) => url.endsWith('/api/indicators.json'))).toBe(true);
    expect(requests.filter((url) => MSW_URL.test(url))).toEqual([]);
    expect(await registrations(page)).toBe(0);
    expect(await controller(page)).toBeNull();
    await expect(banner(page)).toHaveCount(0);
  });

  test('a filter change asks nothing of the network or the worker', async ({ page }) => {
    // Each request here would be a round trip through the mock worker on the main thread (the
    // page icon, asked for again at every URL change, used to be one).
    await page.goto('/?demo');
    await expect(banner(page)).toContainText(BANNER_TEXT);
    await waitForLiveApp(page);
    const count = page.locator('.filter-bar__count');
    const before = await count.textContent();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page
      .getByRole('search')
      .getByLabel(/^\s*状态\s*$/)
      .selectOption('on_track');
    await expect(count).not.toHaveText(before ?? '');
    await expect(page).toHaveURL(/status=on_track/);
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });

  test('the toggle switches demo mode on and off again', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: '演示模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page).toHaveURL(/\/\?demo$/);
    await expect(banner(page)).toContainText(BANNER_TEXT);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(await registrations(page)).toBe(0);
  });

  test('fault=slow shows the loading state, then the data', async ({ page }) => {
    await page.goto('/?demo&fault=slow');
    await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible({ timeout: 15_000 });
    await expect(banner(page)).toContainText('故障模拟：响应缓慢');
  });

  test('fault=error shows the error state in words', async ({ page }) => {
    await page.goto('/?demo&fault=error');
    await expect(page.getByRole('alert')).toContainText('服务器返回错误', { timeout: 15_000 });
    await expect(banner(page)).toContainText(BANNER_TEXT);
  });

  for (const path of [
    '/?demo',
    '/indicator/inclusive-childcare-share-2026?demo',
    '/compare?demo',
    '/methodology?demo',
  ]) {
    test(`${path} carries the banner and has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(banner(page)).toContainText(BANNER_TEXT);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      // .plan-figures has its own (non-demo) landmark-unique finding, tracked by a11y.spec.ts.
      const results = await new AxeBuilder({ page }).exclude('.plan-figures').analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
