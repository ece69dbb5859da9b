// Addresses pasted with typos, stray line breaks or broken escapes open "not found" with a
// way back in a real browser (the static server answers them with the prerendered shell).
import { expect, test } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { OUT } from './export-helpers';

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

for (const bad of ['2025-13-01', '0000-01-01', 'abc']) {
  test(`?asOf=${bad} says the date was not used, shows today and cleans the address`, async ({
    page,
  }) => {
    // 01:00 on 25 Nov 2026 in Beijing (the UTC day is still the 24th): today is the 25th.
    await page.clock.setFixedTime(new Date('2026-11-24T17:00:00Z'));
    await page.goto(`/?plan=worker-development-2021-2025&asOf=${bad}`);
    await expect(page.getByRole('status').filter({ hasText: '日期参数无效' })).toHaveText(
      `日期参数无效（${bad}），已显示今天的数据。`,
    );
    await expect(page.getByText('截至 2026年11月25日')).toBeVisible();
    await expect(page).toHaveURL(/\/\?plan=worker-development-2021-2025$/);
  });
}

test('?asOf=2099-01-01 says the date has not come yet, shows today and cleans the address', async ({
  page,
}) => {
  // 01:00 on 25 Nov 2026 in Beijing (the UTC day is still the 24th): today is the 25th.
  await page.clock.setFixedTime(new Date('2026-11-24T17:00:00Z'));
  await page.goto('/?plan=worker-development-2021-2025&asOf=2099-01-01');
  const notice = page.getByRole('status').filter({ hasText: '还没有到' });
  await expect(notice).toHaveText(
    '链接中的截至日期（2099年1月1日）还没有到，已显示今天（2026年11月25日）的数据。',
  );
  await expect(page.getByText('截至 2026年11月25日')).toBeVisible();
  await expect(page).toHaveURL(/\/\?plan=worker-development-2021-2025$/);
  await mkdir(OUT, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${OUT}/future-as-of-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${OUT}/future-as-of-390.png` });
});
