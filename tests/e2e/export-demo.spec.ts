// Demo mode: every export says the figures are simulated.
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { download, exportFromMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

test('in demo mode every export carries "模拟数据 / simulated"', async ({ page }) => {
  await page.goto('/?demo&asOf=2025-01-15&plan=beijing-14th-fyp-worker-development');
  await expect(page.getByRole('region', { name: '演示模式' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();

  const csv = await exportFromMenu(page, '数据表（CSV）');
  // One table a file, zipped; the 说明 table says the figures are simulated.
  expect(csv.name).toMatch(/-simulated-csv\.zip$/);
  const tables = unzipSync(new Uint8Array(csv.bytes));
  const readme = Object.entries(tables).find(([name]) => name.endsWith('0-readme.csv'));
  expect(readme).toBeDefined();
  expect(strFromU8(readme![1])).toContain('数据性质,模拟数据 / simulated');

  const snapshot = await exportFromMenu(page, '快照文件（JSON）');
  expect(snapshot.name).toMatch(/-simulated\.json$/);
  expect(JSON.parse(snapshot.bytes.toString('utf8'))).toMatchObject({ simulated: true });

  const plan = page.getByRole('region', { name: '北京市“十四五”时期职工发展规划' });
  const svg = await download(page, () => plan.getByRole('button', { name: /SVG/ }).click());
  expect(svg.bytes.toString('utf8')).toContain('模拟数据 / simulated');
  const png = await download(page, () => plan.getByRole('button', { name: /PNG/ }).click());
  await writeFile(`${OUT}/demo-${png.name}`, png.bytes);
  expect(png.name).toMatch(/-simulated\.png$/);

  await page.goto('/report?demo&asOf=2025-01-15&plan=beijing-14th-fyp-worker-development');
  await expect(page.locator('.report__head')).toContainText('模拟数据 / simulated');

  await page.goto('/snapshot?demo');
  await page.getByLabel('选择快照文件（.json）').setInputFiles({
    name: snapshot.name,
    mimeType: 'application/json',
    buffer: snapshot.bytes,
  });
  await expect(page.getByRole('region', { name: /快照：截至/ })).toContainText(
    '模拟数据 / simulated',
  );
});
