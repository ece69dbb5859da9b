// Page furniture must not eat the content's width: the floated 导出 menu once narrowed the
// compare view to 279 px of a 366 px column on a phone.
import { expect, test } from '@playwright/test';

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`the compare view uses the full width beside the export menu (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/compare?ids=worker-innovation-studios,union-coverage-rate');
    const layout = page.locator('.compare-layout');
    await expect(layout).toBeVisible();
    const [own, column] = await layout.evaluate((el) => [
      el.getBoundingClientRect().width,
      el.parentElement!.clientWidth -
        parseFloat(getComputedStyle(el.parentElement!).paddingLeft) -
        parseFloat(getComputedStyle(el.parentElement!).paddingRight),
    ]);
    expect(own).toBeGreaterThan(column - 1);
  });
}
