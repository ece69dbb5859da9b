// Presentation mode, embeds and the framing policy, against the preview server (npm start's headers).
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * Another site that frames the app: a real server on 127.0.0.1 (another port, so another origin
 * than http://localhost:<port>). Not page.route: Chromium treats a fulfilled page as public
 * address space and its Local Network Access check then blocks any frame of localhost, whatever
 * the headers say.
 */
async function otherSite(frameSrc: () => string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>host</title><iframe title="chart" src="${frameSrc()}" width="400" height="500"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

test('an embed renders inside an iframe on another origin; the overview is refused', async ({
  page,
  baseURL,
}) => {
  let src = `${baseURL}/embed/series/old-compound-starts`;
  const host = await otherSite(() => src);
  try {
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('老旧小区改造新开工');
    await expect(frame.getByRole('img', { name: /逐年实绩/ })).toBeVisible();
    await expect(frame.getByRole('link', { name: /在规划指标看板中查看/ })).toHaveAttribute(
      'target',
      '_blank',
    );

    src = `${baseURL}/`;
    const answered = page.waitForResponse((r) => r.url() === src);
    await page.goto(host.url);
    // The server did answer the frame (so the refusal is the browser's, by the header) …
    expect((await answered).headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    // … and the browser put its error page in place of the app.
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => child.url()).toMatch(/^chrome-error:/);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  } finally {
    host.close();
  }
});

test('a series page offers 复制嵌入代码, and the copied snippet frames that series', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/series/old-compound-starts?demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('老旧小区改造新开工');
  // The ?demo visit renders the page afresh, so a click before the app runs does nothing: click
  // again until the menu opens (as openExportMenu does).
  const toggle = page.getByRole('button', { name: '导出', exact: true });
  const menu = page.locator('.export-menu__list');
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(menu).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  // The series page exports its page image and data (no snapshot: that file holds indicators).
  await expect(menu.getByRole('button')).toHaveText([
    '本页图片（PNG）',
    '数据表（CSV）',
    '数据表（Excel XLSX）',
    '演示文稿（PPTX）',
    '复制要点',
    '复制嵌入代码',
  ]);
  await menu.getByRole('button', { name: '复制嵌入代码' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe(
    `<iframe src="${baseURL}/embed/series/old-compound-starts?demo" title="规划指标看板：老旧小区改造新开工" loading="lazy" width="100%" height="520" style="border:0;max-width:760px"></iframe>`,
  );
  // The snippet's address is a page that renders the series (and says it is simulated).
  await page.goto(new URL(/src="([^"]+)"/.exec(code)![1]!).pathname + '?demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('老旧小区改造新开工');
  await expect(page.getByText('模拟数据 · 非真实进展')).toBeVisible();
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
