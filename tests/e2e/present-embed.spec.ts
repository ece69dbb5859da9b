// Presentation mode, embeds and the framing policy, against the preview server (npm start's headers).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const axeClean = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
};

test('rotation advances on the clock, arrows move, Space pauses and resumes', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00+08:00') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?interval=20');
  const state = page.locator('.present-foot__state');
  await expect(state).toContainText('第 1 / ');
  await page.clock.runFor(20_000);
  await expect(state).toContainText('第 2 / ');
  await page.keyboard.press('ArrowRight');
  await expect(state).toContainText('第 3 / ');
  await page.keyboard.press('ArrowLeft');
  await expect(state).toContainText('第 2 / ');
  await page.keyboard.press(' ');
  await expect(state).toContainText('已暂停');
  await page.clock.runFor(60_000);
  await expect(state).toContainText('第 2 / ');
  await page.keyboard.press(' ');
  await page.clock.runFor(20_000);
  await expect(state).toContainText('第 3 / ');
  const figure = page.locator('.present-tile__figure strong').first();
  expect(
    parseFloat(await figure.evaluate((el) => getComputedStyle(el).fontSize)),
  ).toBeGreaterThanOrEqual(48);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(1080);
  await axeClean(page);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});

test('the clock and the as-of date roll over at Beijing midnight without a reload', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-10T23:59:00+08:00') });
  await page.goto('/present');
  await expect(page.locator('.present-bar__clock time')).toHaveText('23:59');
  await expect(page.locator('.present-bar__asof')).toHaveText('截至 2026年3月10日');
  await page.clock.runFor(61_000);
  await expect(page.locator('.present-bar__clock time')).toHaveText('00:00');
  await expect(page.locator('.present-bar__asof')).toHaveText('截至 2026年3月11日');
});

test('the overview rolls over at Beijing midnight too', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T23:59:30+08:00') });
  await page.goto('/');
  await expect(page.locator('.as-of')).toHaveText('截至 2026年3月10日');
  await page.clock.runFor(31_000);
  await expect(page.locator('.as-of')).toHaveText('截至 2026年3月11日');
});

test('npm start sends the security headers; only /embed/ may be framed', async ({ request }) => {
  for (const path of ['/', '/present', '/indicator/worker-homes']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
  const embed = await request.get('/embed/indicator/worker-innovation-studios');
  expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
  expect(await embed.text()).toContain('职工创新工作室数量');
});

const OTHER = 'http://other-site.test/';
const framing = (src: string) =>
  `<!doctype html><html lang="en"><title>host</title><iframe title="chart" src="${src}" width="400" height="500"></iframe></html>`;

// FIXME: the iframe stays empty under page.route on another host name (not yet diagnosed).
test.fixme('an embed renders inside an iframe on another origin; the overview is refused', async ({
  page,
  baseURL,
}) => {
  await page.route(OTHER, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: framing(`${baseURL}/embed/series/old-compound-starts`),
    }),
  );
  await page.goto(OTHER);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('老旧小区改造开工');
  await expect(frame.getByRole('img', { name: /逐年实绩/ })).toBeVisible();
  await expect(frame.getByRole('link', { name: /在规划指标看板中查看/ })).toHaveAttribute(
    'target',
    '_blank',
  );

  await page.route(OTHER, (route) =>
    route.fulfill({ contentType: 'text/html', body: framing(`${baseURL}/`) }),
  );
  await page.goto(OTHER);
  await page.waitForTimeout(500);
  const child = page.frames().find((f) => f !== page.mainFrame());
  const heading = await child
    ?.locator('h1')
    .count()
    .catch(() => 0);
  expect(heading ?? 0).toBe(0);
});

for (const path of [
  '/present?demo',
  '/embed/indicator/worker-innovation-studios',
  '/embed/plan/beijing-14th-fyp-worker-development?demo',
  '/embed/series/old-compound-starts?lang=en',
]) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: path.startsWith('/embed') ? 320 : 1920, height: 1080 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    if (path.includes('demo')) await expect(page.getByText('模拟数据 · 非真实进展')).toBeVisible();
    await axeClean(page);
  });
}
