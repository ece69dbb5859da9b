// The build prerenders the overview and each indicator's page: they read without JavaScript, the
// app then takes the same nodes over (no re-render, no error, no layout shift), and other routes
// never show the overview.
import { expect, test, type Page } from '@playwright/test';
import { waitForLiveApp } from './fixtures';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** Collects console errors and uncaught exceptions (a hydration mismatch reports as one). */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Holds the app's code back (the page shows only its HTML) until the returned function runs. */
async function holdAppCode(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/main-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview is in the HTML, with its data as JSON, not code', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
    // An annual-target series as a card, with its record; an indicator with no report as a line
    // of its plan's compact list, with its target.
    await expect(page.getByRole('article', { name: '城镇调查失业率' })).toContainText('已达成');
    const studios = page.locator('.unreported__list > li').filter({
      has: page.getByRole('link', { name: '职工创新工作室数量', exact: true }),
    });
    await expect(studios).toContainText('8000');
    await expect(page.locator('script#prerender-data')).toHaveAttribute('type', 'application/json');
    // Styled with no second request: the stylesheet is inlined into this page.
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
    // Complete as HTML: the app may wait for the visitor's first interaction (src/boot.ts).
    await expect(page.locator('#root')).toHaveAttribute('data-complete', 'true');
  });

  test('an indicator page is in its own HTML, with its target and its lack of progress', async ({
    page,
  }) => {
    await page.goto('/indicator/worker-innovation-studios');
    await expect(page.getByRole('heading', { level: 1, name: '职工创新工作室数量' })).toBeVisible();
    await expect(page.locator('main')).toContainText('8000');
    // Its result was due on 2026-03-31 and none was published.
    await expect(page.locator('main')).toContainText('到期未见结果');
    await expect(page.locator('script#prerender-data')).toHaveAttribute('type', 'application/json');
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  });

  test('a series page is in its own HTML, with its years and their sources', async ({ page }) => {
    await page.goto('/series/surveyed-unemployment-rate');
    await expect(page.getByRole('heading', { level: 1, name: '城镇调查失业率' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^2024/ })).toContainText('已达成');
    await expect(page.locator('main')).toContainText('去年城镇调查失业率均值4.1%');
    await expect(page.locator('script#prerender-data')).toHaveAttribute('type', 'application/json');
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  });

  test('a deep link gets the plain page, never a flash of the overview', async ({ page }) => {
    for (const path of ['/compare', '/methodology', '/report', '/snapshot']) {
      await page.goto(path);
      await expect(page.locator('#root')).toBeEmpty();
    }
  });
});

test('the app hydrates the prerendered nodes in place, without an error', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: '指标总览' });
  await expect(heading).toBeVisible();
  await heading.evaluate((h) => h.setAttribute('data-before-js', ''));
  release();
  await waitForLiveApp(page);
  // Live: a filter works, and the heading is still the node the server sent.
  const count = page.locator('.filter-bar__count');
  const before = await count.textContent();
  await page.getByRole('combobox', { name: '规划' }).selectOption({ index: 1 });
  await expect(count).not.toHaveText(before ?? '');
  await expect(page.locator('h1[data-before-js]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an indicator page hydrates in place, then works', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await holdAppCode(page);
  await page.goto('/indicator/worker-innovation-studios', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: '职工创新工作室数量' });
  await expect(heading).toBeVisible();
  await heading.evaluate((h) => h.setAttribute('data-before-js', ''));
  release();
  await waitForLiveApp(page);
  await expect(page.locator('h1[data-before-js]')).toHaveCount(1);
  // Live: the language switch re-renders the page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /innovation studios/i })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on a later day than the build, hydrates the same nodes and moves them to that day', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: new Date('2030-06-01T10:00:00+08:00') });
  const release = await holdAppCode(page);
  await page.goto('/', { waitUntil: 'commit' });
  const asOf = page.locator('.as-of');
  await expect(asOf).toBeVisible();
  await expect(asOf).not.toContainText('2030'); // the HTML is as of the build day
  await page.locator('h1').evaluate((h) => h.setAttribute('data-before-js', ''));
  release();
  await expect(asOf).toHaveText('截至 2030年6月1日');
  await waitForLiveApp(page);
  await expect(page.locator('h1[data-before-js]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

for (const [viewport, path] of VIEWPORTS.flatMap((v) =>
  ['/', '/indicator/worker-innovation-studios', '/series/surveyed-unemployment-rate'].map(
    (p) => [v, p] as const,
  ),
)) {
  test(`nothing shifts while ${path} loads (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      type Shift = { value: number; sources: { node?: Node; currentRect: DOMRectReadOnly }[] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Shift[]) {
          // What moved, so a failure says where to look.
          const what = entry.sources.map((s) => `${s.node?.nodeName}@${s.currentRect.y}`);
          shifts.push(`${entry.value.toFixed(4)} ${what.join(' ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await waitForLiveApp(page);
    if (path === '/') {
      // The curated data has no report, so the overview has no Recharts chart (the series
      // cards' small charts are plain SVG, in the HTML): wait for the data's revalidation.
      await page.waitForLoadState('networkidle');
    } else if (path.startsWith('/indicator/')) {
      // The history chart is in the HTML already: hover it, so its tooltip shows (and moves nothing).
      const plot = page.locator('.history-chart__plot');
      await plot.scrollIntoViewIfNeeded(); // below the fold on a phone
      const box = (await plot.boundingBox())!;
      // Until the page's own code has hydrated the chart, a hover does nothing: try again.
      let x = 0.4;
      await expect(async () => {
        x = 1 - x;
        await page.mouse.move(box.x + box.width * x, box.y + box.height / 2);
        await expect(page.getByRole('tooltip')).toBeVisible({ timeout: 500 });
      }).toPass();
    } else {
      // The year-by-year chart is drawn into its reserved space once the app runs.
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual(
      [],
    );
  });
}

test.describe('a thousand indicators', () => {
  for (const viewport of VIEWPORTS) {
    test(`come a page of cards at a time, the chart capped (${viewport.name})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const real = (await (await page.request.get('/api/indicators.json')).json()) as unknown[];
      await page.goto('/?demo&size=1000');
      // The count is of indicators and annual-target series: the demo's series come from the
      // page's own fetch, which its service worker answers.
      await waitForLiveApp(page);
      const series = await page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) throw new Error('no demo service worker');
        const catalog = (await (await fetch('/api/plans.json')).json()) as { series: unknown[] };
        return catalog.series.length;
      });
      await expect(page.locator('.filter-bar__count')).toContainText(
        `${real.length + 1000 + series}`,
      );
      // The first plan's section (the annual-target series have a section of their own).
      const section = page.locator('section.plan-section:not(.series-section)').first();
      await expect(section.getByRole('article')).toHaveCount(12);
      await expect(section.locator('.chart-capped')).toContainText('前 20 项');
      const more = section.getByRole('button', { name: '再显示 12 项' });
      await more.click();
      await expect(section.getByRole('article')).toHaveCount(24);
      await expect(section.locator('.show-more')).toContainText('已显示 24 /');
      await section.locator('.show-more').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/long-list-more-${viewport.name}.png` });
      await section.locator('.chart-capped').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/long-list-chart-${viewport.name}.png` });
      // The table alternative still holds every row of the plan once it is opened.
      const rows = Number(
        /共 (\d+) 项/.exec((await section.locator('.chart-capped').textContent()) ?? '')?.[1],
      );
      await section.locator('.chart-figure__table summary').click();
      await expect(section.locator('.chart-figure__table tbody tr')).toHaveCount(rows);
    });
  }
});
