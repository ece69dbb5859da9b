// Hostile strings served by the API, in a real browser under the production CSP: they show as
// literal text, nothing runs, and long or right-to-left names do not break the layout.
import { expect, test, type Page, type Route } from '@playwright/test';

const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '\u202E反转文字 gnp.exe',
  '👷‍♀️🏗️ 工地 🚧',
  `${'很长的名称'.repeat(23)}五个字结尾`, // 120 characters, the schema's maximum
];

type Named = { id: string; name: { zh: string; en: string }; note?: unknown };
const hostile = (indicator: Named, i: number): Named => {
  const text = HOSTILE[i % HOSTILE.length]!;
  const name = i < HOSTILE.length ? text : `${text}#${i}`.slice(-120);
  return { ...indicator, name: { zh: name, en: name }, note: { zh: text, en: text } };
};

async function serveHostileData(page: Page) {
  const order: string[] = [];
  await page.route('**/api/indicators.json', async (route: Route) => {
    const list = (await (await route.fetch()).json()) as Named[];
    order.splice(0, order.length, ...list.map((i) => i.id));
    await route.fulfill({ json: list.map(hostile) });
  });
  await page.route('**/api/indicators/*.json', async (route: Route) => {
    const indicator = (await (await route.fetch()).json()) as Named;
    await route.fulfill({ json: hostile(indicator, order.indexOf(indicator.id)) });
  });
  return order;
}

function failOnDialog(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`hostile names render as text on the overview (${viewport.name})`, async ({ page }) => {
    failOnDialog(page);
    await page.setViewportSize(viewport);
    await serveHostileData(page);
    await page.goto('/');
    for (const name of HOSTILE) {
      const heading = page.getByRole('heading', { level: 3, name, exact: true });
      await expect(heading).toBeVisible();
      await expect(heading).toHaveText(name);
    }
    // The chart draws too, with the names cut short as plain SVG text.
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.locator('svg text', { hasText: 'javascript:al' }).first()).toBeVisible();
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
    // Nothing spills past the viewport: long names wrap inside their card.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `test-results/screens/hostile-overview-${viewport.name}.png`,
      fullPage: true,
    });
  });
}

test('a hostile name and note render as text on the detail page', async ({ page }) => {
  failOnDialog(page);
  const order = await serveHostileData(page);
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('link', { name: HOSTILE[0], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/indicator/${order[0]}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE[0]!);
  expect(await page.locator('main script').count()).toBe(0);
  await page.screenshot({ path: 'test-results/screens/hostile-detail-desktop.png' });
});
