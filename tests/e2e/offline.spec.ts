// A real browser loses its network mid-session and gets it back: the page keeps what it
// showed, says the connection failed, and recovers when the user retries.
import { expect, test } from '@playwright/test';
import { serveWithObservations } from './fixtures';
import { waitForLiveApp } from './fixtures';

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`keeps the data offline and recovers on retry (${viewport.name})`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize(viewport);
    // The curated data has no reports, so no chart: test-only observations give one plan a
    // chart. (Offline, the in-flight addition fails the request as the network would.)
    await serveWithObservations(page);
    await page.goto('/');
    await waitForLiveApp(page);
    const cards = page.getByRole('article');
    await expect(cards.first()).toBeVisible();
    const chart = page.locator('.chart-figure__chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.progress-chart__line').first()).toBeVisible();
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.getByRole('button', { name: '刷新数据' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('无法连接服务器', { timeout: 15_000 });
    await expect(alert).toContainText('仍显示上次成功加载的数据');
    await expect(cards).toHaveCount(count);
    await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
    await expect(page.locator('.progress-chart__line').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/offline-${viewport.name}.png` });

    await context.setOffline(false);
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(alert).toBeHidden({ timeout: 15_000 });
    await expect(cards).toHaveCount(count);
    await expect(page.getByRole('button', { name: '刷新数据' })).toBeEnabled();
  });
}

// A route's lazy chunk that cannot be fetched (offline, or stale after a deploy) must not
// blank the app: src/app/app.tsx wraps the routes in a boundary with PageLoadFailed.
test('going offline and opening a page not loaded yet says so instead of blanking', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  // The prerendered HTML shows before the app is live: go offline only once it has taken over
  // (main.tsx marks #root data-live), or the app's own code could not load either.
  await waitForLiveApp(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: '方法说明' }).click();
  await expect(page.getByRole('alert')).toContainText('页面无法加载');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: '重新加载页面' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '方法说明' })).toBeVisible();
});
