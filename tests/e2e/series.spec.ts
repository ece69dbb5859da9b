// Annual-target series on the curated data (no test observations): the overview leads with the
// newest judged results, each links to its series page, and there every year's result stands
// beside the source and the exact quote it rests on. Both widths are pictured, and a phone never
// scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { waitForLiveApp } from './fixtures';

const VIEWPORTS = [
  { label: '1280', width: 1280, height: 900 },
  { label: '390', width: 390, height: 844 },
];

const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'series-surveyed-unemployment-rate', path: '/series/surveyed-unemployment-rate' },
  { name: 'series-old-compound-starts', path: '/series/old-compound-starts' },
];

type ApiSeries = {
  id: string;
  years: {
    year: number;
    target?: { value: number; comparator: 'gte' | 'lte' };
    actual?: { value: number; citations: { source: string; quote: string }[] };
  }[];
};

/** Waits until the app has taken over the page and, on a series page, drawn its chart. */
async function settled(page: Page, path: string) {
  await waitForLiveApp(page);
  if (path.startsWith('/series/'))
    await expect(page.locator('.chart-figure__chart .recharts-wrapper > svg')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('the latest results lead to a met year on its series page, with its source', async ({
  page,
}) => {
  const catalog = (await (await page.request.get('/api/plans.json')).json()) as {
    series: ApiSeries[];
  };
  const series = catalog.series.find((one) => one.id === 'surveyed-unemployment-rate')!;
  const year = series.years.find((one) => one.year === 2024)!;
  // The curated 2024 figures: an average of 4.1% against a ceiling of 5%.
  expect([year.target?.comparator, year.target?.value, year.actual?.value]).toEqual([
    'lte',
    5,
    4.1,
  ]);
  const quote = '去年城镇调查失业率均值4.1%';
  expect(year.actual!.citations.map((c) => c.quote).join('\n')).toContain(quote);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await settled(page, '/');
  const latest = page.getByRole('region', { name: '最新结果' });
  await expect(latest.getByRole('listitem').filter({ hasText: '已达成' }).first()).toBeVisible();
  const link = latest.getByRole('link', { name: '城镇调查失业率', exact: true });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page).toHaveURL(/\/series\/surveyed-unemployment-rate$/);
  await expect(page.getByRole('heading', { level: 1, name: '城镇调查失业率' })).toBeVisible();
  const row = page.getByRole('row', { name: /^2024/ });
  await expect(row).toContainText('≤ 5%');
  await expect(row).toContainText('4.1%');
  await expect(row).toContainText('已达成');
  await expect(row).toContainText('官方网站');

  const sources = page.getByRole('region', { name: '逐年数字的来源与原文' });
  const cited = sources.getByRole('listitem').filter({ hasText: quote });
  await expect(cited).toHaveCount(1);
  await expect(cited).toContainText('2024');
  await expect(cited).toContainText('4.1%');
  await expect(cited).toContainText('官方网站');
});

for (const viewport of VIEWPORTS) {
  test(`the overview and two series pages at ${viewport.label} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const { name, path } of PAGES) {
      await page.goto(path);
      await settled(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Nothing is wider than a phone's screen: the page never scrolls sideways.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({
        path: `test-results/screens/${name}-${viewport.label}.png`,
        fullPage: true,
      });
    }
  });
}
