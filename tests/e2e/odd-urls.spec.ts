// Addresses pasted with typos, stray line breaks or broken escapes open "not found" with a
// way back in a real browser (the static server answers them with the prerendered shell).
import { expect, test } from '@playwright/test';

for (const path of ['/plans', '/%0a', '/compare%0d', '/indicator/%E0%A4%A', '/indicator/..%2F..']) {
  test(`${path} says the page does not exist and links back`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await page.getByRole('link', { name: '返回总览' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
  });
}
