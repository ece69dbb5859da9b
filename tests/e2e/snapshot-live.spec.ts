// /snapshot has no prerendered page: boot.ts marks #root aria-disabled until the app has
// rendered it, and the page must lift that once it is live, or assistive technology announces
// the whole page as disabled and role-based tools refuse to act on it.
import { expect, test } from '@playwright/test';

test('/snapshot is live and enabled once the app has started', async ({ page }) => {
  await page.goto('/snapshot');
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('data-live', 'true');
  await expect(root).not.toHaveAttribute('aria-disabled');
  // A role-based click: Playwright refuses to click inside an aria-disabled element.
  await page.getByRole('button', { name: 'English' }).click({ timeout: 5000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshots' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Use the current data instead of snapshot B' }).check({
    timeout: 5000,
  });
  await expect(root).not.toHaveAttribute('aria-disabled');
});
