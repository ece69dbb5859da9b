import { expect, test } from '@playwright/test';

test.describe('overview on the curated data', () => {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`shows the innovation studios indicator with its target (${viewport.name})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
      const card = page.getByRole('article', { name: /职工创新工作室/ });
      await expect(card).toBeVisible();
      await expect(card).toContainText('8000');
      await expect(page.getByRole('progressbar', { name: /职工创新工作室/ })).toBeVisible();
      // The lazy Recharts chart has drawn its bars.
      await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
      await page.screenshot({
        path: `test-results/screens/overview-${viewport.name}.png`,
        fullPage: true,
      });
    });
  }
});
