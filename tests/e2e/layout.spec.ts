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

test('the coverage table reads on a phone: headers at most two lines, the ratio on one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const coverage = page.getByRole('region', { name: '进展报告覆盖情况' });
  const table = coverage.getByRole('region', { name: '覆盖情况表' }).getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const lineHeight = await table
    .locator('thead th')
    .first()
    .evaluate((th) => parseFloat(getComputedStyle(th).fontSize) * 1.6);
  // Once it broke "已有进展数据" one character a line: six lines tall.
  for (const height of await table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height)))
    expect(height).toBeLessThan(2 * lineHeight + 12);
  for (const height of await table.locator('tbody td.numeric').evaluateAll((tds) =>
    tds.map((td) => {
      // The text's own box: the cell is as tall as its row's longest list.
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getBoundingClientRect().height;
    }),
  ))
    expect(height).toBeLessThan(lineHeight + 12);
  // Nothing is cut off: anything wider than the phone scrolls inside its labelled box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
