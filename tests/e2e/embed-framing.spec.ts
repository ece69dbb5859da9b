// Another site frames paths under /embed/ (every one of them may be framed, one host rule for all):
// a path that names no chart shows only the embed 404, never the app (no menu, no links into it),
// and the real embeds still frame and render. Against the preview server (npm start's headers).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

/** Paths under /embed/ that name no chart: not a chart's shape, or an id the catalog lacks. */
const NOT_CHARTS = [
  '/embed/x/y/z',
  '/embed/indicator/worker-innovation-studios/extra',
  '/embed/chart/worker-innovation-studios',
  '/embed/indicator/no-such-indicator',
];

const REAL_EMBEDS: [path: string, heading: string][] = [
  ['/embed/indicator/worker-innovation-studios', '职工创新工作室数量'],
  ['/embed/plan/beijing-14th-fyp-worker-development', ''],
  ['/embed/series/old-compound-starts', '老旧小区改造新开工'],
];

/**
 * A page on another origin (a real server on 127.0.0.1, the app on localhost) with one iframe per
 * path. Not page.route: Chromium's Local Network Access check would block the frames.
 */
async function otherSite(baseURL: string, paths: string[]) {
  const frames = paths
    .map(
      (p, i) =>
        `<iframe title="frame ${i}" name="f${i}" src="${baseURL}${p}" width="400" height="320"></iframe>`,
    )
    .join('');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>host</title>${frames}</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** The frame shows the embed 404 and nothing of the app: no banner, menu, link or button. */
async function expectEmbedNotFound(frame: FrameLocator) {
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('未找到该图表');
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('link')).toHaveCount(0);
  await expect(frame.getByRole('button')).toHaveCount(0);
  await expect(frame.locator('input, form')).toHaveCount(0);
}

const frameOf = (page: Page, i: number) => page.frameLocator(`iframe[name="f${i}"]`);

test('framed from another origin, an /embed/ path that names no chart shows only the embed 404', async ({
  page,
  baseURL,
}) => {
  const host = await otherSite(baseURL!, NOT_CHARTS);
  try {
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    await page.goto(host.url);
    for (let i = 0; i < NOT_CHARTS.length; i++) await expectEmbedNotFound(frameOf(page, i));
  } finally {
    host.close();
  }
});

test('framed from another origin, the real embeds render, and their only link leaves the frame', async ({
  page,
  baseURL,
}) => {
  const host = await otherSite(
    baseURL!,
    REAL_EMBEDS.map(([p]) => p),
  );
  try {
    await page.goto(host.url);
    for (const [i, [, heading]] of REAL_EMBEDS.entries()) {
      const frame = frameOf(page, i);
      const h1 = frame.getByRole('heading', { level: 1 });
      if (heading) await expect(h1).toHaveText(heading);
      else await expect(h1).not.toHaveText(/未找到/);
      await expect(frame.locator('.embed__chart')).toBeVisible();
      await expect(frame.getByRole('navigation')).toHaveCount(0);
      const links = frame.getByRole('link');
      await expect(links).toHaveCount(1);
      await expect(links).toHaveAttribute('target', '_blank');
    }
  } finally {
    host.close();
  }
});

test('the host answers /embed/ paths without a chart with the static 404; other pages refuse framing', async ({
  request,
}) => {
  for (const path of NOT_CHARTS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    const html = await response.text();
    expect(html).toContain('未找到该图表');
    // Built without the app: nothing runs, nothing links into the app.
    expect(html).not.toMatch(/<script|<a |id="root"/);
  }
  for (const [path] of REAL_EMBEDS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-frame-options']).toBeUndefined();
  }
  for (const path of ['/', '/import', '/present', '/embed', '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
  }
});

test('a host that answers every path with the app (an SPA fallback) still shows only the embed 404', async ({
  page,
  request,
}) => {
  // As Cloudflare Pages does without a top-level 404.html: the app's index.html for any path.
  const shell = await (await request.get('/')).text();
  await page.route(
    /\/embed\/(x\/y\/z|indicator\/worker-innovation-studios\/extra|indicator\/no-such-indicator)$/,
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: shell }),
  );
  for (const path of [...NOT_CHARTS.slice(0, 2), NOT_CHARTS[3]!]) {
    await page.goto(path);
    await expect(page.locator('#root[data-live]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到该图表');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('link')).toHaveCount(0);
  }
});

test('/import in a frame on another origin is refused by the browser', async ({
  page,
  baseURL,
}) => {
  const host = await otherSite(baseURL!, ['/import']);
  try {
    const answered = page.waitForResponse((r) => r.url() === `${baseURL}/import`);
    await page.goto(host.url);
    expect((await answered).headers()['x-frame-options']).toBe('SAMEORIGIN');
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => child.url()).toMatch(/^chrome-error:/);
    await expect(frameOf(page, 0).getByLabel('填好的填报模板')).toHaveCount(0);
  } finally {
    host.close();
  }
});
