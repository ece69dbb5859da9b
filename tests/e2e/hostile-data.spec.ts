// Hostile strings served by the API, in a real browser under the production CSP: they show as
// literal text, nothing runs, and long or right-to-left names do not break the layout.
import { expect, test, type Page, type Route } from '@playwright/test';
import { waitForLiveApp } from './fixtures';

const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  // A bidi override ("\u202E反转文字 gnp.exe") is refused in names and titles by the schema itself
  // (tests/data-check), so it never reaches a page; another markup attack stands in its place.
  '"><svg onload=alert(1)>',
  '👷‍♀️🏗️ 工地 🚧',
  `${'很长的名称'.repeat(23)}五个字结尾`, // 120 characters, the schema's maximum
];

/**
 * The indicators (by their place in the list) given a test-only report, so they get a card and
 * a bar in their plan's chart; the others are lines in the compact list of indicators without a
 * report. Each kind of hostile name ends up in both: 'javascript:…' (1), the <img> tag (2) and
 * the emoji (4) on cards, the <script> tag (0), the right-to-left name (3) and the longest
 * name (5) in the list.
 */
const REPORTED = [1, 2, 4, 7];

type Named = {
  id: string;
  name: { zh: string; en: string };
  note?: unknown;
  target: { value: number };
  observations: unknown[];
};
const hostile = (indicator: Named, i: number): Named => {
  const text = HOSTILE[i % HOSTILE.length]!;
  const name = i < HOSTILE.length ? text : `${text}#${i}`.slice(-120);
  const observations = REPORTED.includes(i)
    ? [
        {
          date: '2024-06-30',
          value: indicator.target.value / 2,
          citation: { source: 'test-fixture', quote: 'test' },
        },
      ]
    : indicator.observations;
  return { ...indicator, name: { zh: name, en: name }, note: { zh: text, en: text }, observations };
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
    await waitForLiveApp(page);
    for (const [i, name] of HOSTILE.entries()) {
      // A card's heading, or the link of a line in the compact list.
      const shown = REPORTED.includes(i)
        ? page.getByRole('heading', { level: 3, name, exact: true })
        : page.locator('.unreported__list').getByRole('link', { name, exact: true });
      await expect(shown).toBeVisible();
      await expect(shown).toHaveText(name);
    }
    // The chart draws too, with the names as plain text.
    const chart = page.locator('.chart-figure__chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.progress-chart__line').first()).toBeVisible();
    await expect(
      page.locator('.progress-chart__name', { hasText: 'javascript:al' }).first(),
    ).toBeVisible();
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
  await waitForLiveApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  // Named in 需关注 too when it needs attention: both links open its page.
  await page.getByRole('link', { name: HOSTILE[0], exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/indicator/${order[0]}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE[0]!);
  expect(await page.locator('main script').count()).toBe(0);
  await page.screenshot({ path: 'test-results/screens/hostile-detail-desktop.png' });
});
