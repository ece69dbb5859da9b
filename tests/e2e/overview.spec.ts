import { expect, test } from '@playwright/test';
import { serveWithObservations, waitForLiveApp } from './fixtures';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

test.describe('overview on the curated data', () => {
  for (const viewport of VIEWPORTS) {
    test(`shows the innovation studios indicator with its target (${viewport.name})`, async ({
      page,
    }) => {
      const indicators = (await (await page.request.get('/api/indicators.json')).json()) as {
        id: string;
        plan: string;
        observations: unknown[];
      }[];
      const studios = indicators.find((one) => one.id === 'worker-innovation-studios')!;
      // What this test is about: the curated data has no report for it (see the test below).
      expect(studios.observations).toEqual([]);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
      // Live: what follows is the app's own render, not only the prerendered HTML.
      await waitForLiveApp(page);
      // No report: a line in its plan's compact list, with its target, instead of a card.
      const plan = page.getByRole('region', { name: '北京市“十四五”时期职工发展规划' });
      const line = plan.locator('.unreported__list > li').filter({
        has: page.getByRole('link', { name: '职工创新工作室数量', exact: true }),
      });
      await expect(line).toBeVisible();
      await expect(line).toContainText('8000');
      await expect(page.getByRole('article', { name: /职工创新工作室/ })).toHaveCount(0);
      await expect(page.getByRole('progressbar', { name: /职工创新工作室/ })).toHaveCount(0);
      // A plan draws its progress chart only if one of its indicators has a report.
      const charted = indicators
        .filter((one) => one.plan === studios.plan)
        .some((one) => one.observations.length > 0);
      await expect(plan.locator('.chart-figure')).toHaveCount(charted ? 1 : 0);
      await page.screenshot({
        path: `test-results/screens/overview-${viewport.name}.png`,
        fullPage: true,
      });
    });
  }
});

test.describe('overview with a test-only report', () => {
  for (const viewport of VIEWPORTS) {
    test(`shows the innovation studios card with its target and its bar (${viewport.name})`, async ({
      page,
    }) => {
      await serveWithObservations(page);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await waitForLiveApp(page);
      await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
      const card = page.getByRole('article', { name: /职工创新工作室/ });
      await expect(card).toBeVisible();
      await expect(card).toContainText('8000');
      await expect(page.getByRole('progressbar', { name: /职工创新工作室/ })).toBeVisible();
      // With a report it has left the compact list.
      await expect(
        page.locator('.unreported__list').getByRole('link', { name: '职工创新工作室数量' }),
      ).toHaveCount(0);
      // The lazy Recharts chart of its plan has drawn its bars once scrolled near.
      const chart = page
        .getByRole('region', { name: '北京市“十四五”时期职工发展规划' })
        .locator('.chart-figure__chart');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.progress-chart__line').first()).toBeVisible();
      await page.screenshot({
        path: `test-results/screens/overview-reported-${viewport.name}.png`,
        fullPage: true,
      });
    });
  }
});
