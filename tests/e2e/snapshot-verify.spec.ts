// A re-opened snapshot: read-only, checked against the published data (/api/datasets/ from the
// build), listing the same plans as the live page, and still open after a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { serveWithObservations } from './fixtures';
import { exportFromMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const upload = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByLabel('选择快照文件（.json）')
    .setInputFiles({ name, mimeType: 'application/json', buffer });

/** The live overview's snapshot, with the plan headings the live page shows. */
async function exportOverview(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /状态汇总/ })).toBeVisible();
  const headings = await page.locator('#main h2').allInnerTexts();
  const file = await exportFromMenu(page, '快照文件（JSON）');
  return { headings, file };
}

const VIEW_NAME = /快照：截至 .+ 的看板（只读）/;
const check = (page: Page) => page.getByRole('region', { name: '与发布数据核对' });

test('a real-data snapshot is verified, lists the live plans, survives a reload, and looks read-only', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-24T04:00:00Z'));
  const { headings, file } = await exportOverview(page, '/?asOf=2026-06-30');
  await page.goto('/snapshot');
  await upload(page, file.name, file.bytes);
  const view = page.getByRole('region', { name: VIEW_NAME });
  await expect(check(page).getByRole('status')).toHaveText('与发布数据一致');
  await expect(check(page)).toContainText(/快照显示的全部 \d+ 项内容——\d+ 个数字/);
  // The plans the live page listed, figures-only plans included, in the same order.
  expect(await view.locator('h2').allInnerTexts()).toEqual(headings);
  // Read-only: no refresh, no "back to today".
  await expect(view.getByRole('button', { name: '刷新数据' })).toHaveCount(0);
  await expect(view.getByRole('button', { name: '回到今天' })).toHaveCount(0);

  await page.reload();
  await expect(view).toBeVisible();
  await expect(view).toContainText(`文件 ${file.name}`);
  await expect(check(page).getByRole('status')).toHaveText('与发布数据一致');
  expect(await view.locator('h2').allInnerTexts()).toEqual(headings);
  await check(page).getByText('核对了什么、没核对什么').click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${OUT}/snapshot-reopened-1280.png`, fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await view.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/snapshot-reopened-390.png`, fullPage: false });
  const axe = await new AxeBuilder({ page }).include('.snapshot-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );

  await view.getByRole('button', { name: '关闭快照' }).click();
  await page.reload();
  await expect(page.getByLabel('选择快照文件（.json）')).toBeVisible();
  await expect(page.getByText('正在重新打开上次的快照…')).toHaveCount(0);
  await expect(page.getByRole('region', { name: VIEW_NAME })).toHaveCount(0);
});

test('figures that are not the published ones are listed, one row each', async ({ page }) => {
  // Test-only observations added in flight: four numbers the published data does not have.
  await serveWithObservations(page);
  const { file } = await exportOverview(
    page,
    '/?asOf=2025-07-01&plan=beijing-14th-fyp-worker-development',
  );
  await page.unrouteAll();
  await page.goto('/snapshot');
  await upload(page, file.name, file.bytes);
  await expect(check(page).getByRole('status')).toHaveText('与发布数据不一致：4 处');
  const table = check(page).getByRole('table', { name: '与发布数据不同的数字' });
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /职工创新工作室数量/ }).first()).toContainText(
    '4200家',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await check(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/snapshot-differs-390.png` });
});

test('offline, the page says it cannot verify now, and checks once the network is back', async ({
  page,
  context,
}) => {
  const { file } = await exportOverview(page, '/');
  await page.goto('/snapshot');
  await expect(page.getByLabel('选择快照文件（.json）')).toBeVisible();
  await context.setOffline(true);
  await upload(page, file.name, file.bytes);
  await expect(check(page).getByRole('status')).toHaveText('现在无法核对');
  await expect(check(page)).toContainText('网络已断开');
  await context.setOffline(false);
  await expect(check(page).getByRole('status')).toHaveText('与发布数据一致');
});

test('a demo snapshot is labelled simulated and never verified', async ({ page }) => {
  const { file } = await exportOverview(page, '/?demo');
  const edited = file.bytes.toString('utf8').replace('"simulated": true', '"simulated": false');
  await page.goto('/snapshot');
  // Flag switched off by hand: refused for the checksum, then re-sealing is the attacker's job;
  // the unedited file shows what a demo snapshot looks like.
  await upload(page, file.name, file.bytes);
  await expect(check(page).getByRole('status')).toHaveText('未核对：模拟数据');
  await expect(page.getByRole('region', { name: VIEW_NAME })).toContainText('模拟数据（演示模式）');
  await upload(page, 'flag-off.json', Buffer.from(edited));
  await expect(page.getByRole('alert')).toContainText('SHA-256');
});
