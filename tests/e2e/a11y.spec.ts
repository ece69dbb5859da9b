import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serveWithObservations } from './fixtures';

const PAGES = [
  { name: 'overview', path: '/?asOf=2025-01-15' },
  { name: 'detail', path: '/indicator/worker-innovation-studios?asOf=2025-01-15' },
  { name: 'detail-empty', path: '/indicator/worker-homes' },
  {
    name: 'compare',
    path: '/compare?ids=worker-innovation-studios,union-coverage-rate,collective-contract-rate-100plus',
  },
  { name: 'methodology', path: '/methodology' },
  { name: 'series', path: '/series/surveyed-unemployment-rate' },
  { name: 'not-found', path: '/no/such/page' },
];

test('the series page on a phone has no axe violations (its wide table scrolls by keyboard too)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/series/old-compound-starts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const scroller = page.getByRole('region', { name: /逐年目标与实绩/ });
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  for (const view of PAGES) {
    test(`${view.name} (${lang}) has no axe violations`, async ({ page }) => {
      await serveWithObservations(page);
      const sep = view.path.includes('?') ? '&' : '?';
      await page.goto(`${view.path}${lang === 'en' ? `${sep}lang=en` : ''}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

for (const viewport of [
  { label: '1280', width: 1280, height: 900 },
  { label: '390', width: 390, height: 844 },
]) {
  test(`screenshots of every view at ${viewport.label} px`, async ({ page }) => {
    await serveWithObservations(page);
    await page.setViewportSize(viewport);
    for (const view of PAGES) {
      await page.goto(view.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.screenshot({
        path: `test-results/screens/${view.name}-${viewport.label}.png`,
        fullPage: true,
      });
    }
  });
}
