// The template as office software saves it, through /import in a real browser: each saved file
// (tests/reporting/fixtures: LibreOffice, openpyxl, Excel's CSV UTF-8, GBK CSV and Unicode
// text) passes with the original's three rows. Then a draft survives a reload still offering
// its update file, and the update files made on this device are listed with time and rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const FIXTURES = path.resolve(import.meta.dirname, '../reporting/fixtures');
const SAVED = [
  'original.xlsx',
  'libreoffice.xlsx',
  'openpyxl.xlsx',
  'excel-csv-utf8.csv',
  'excel-csv-gbk.csv',
  'excel-unicode-text.txt',
];

async function upload(page: Page, name: string) {
  await page.getByLabel('填好的填报模板').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(path.join(FIXTURES, name)),
  });
}

/** The preview's rows as text: indicator, status change, latest value, source. */
async function previewRows(page: Page, name: string) {
  await expect(
    page.getByRole('heading', { name: `${name}：3 行通过检查 · 更新预览` }),
  ).toBeVisible();
  const preview = page.getByRole('region', { name: '各指标的变化（发布的数据 → 更新后）' });
  return preview.getByRole('row').allInnerTexts();
}

test('each saved file passes /import with the rows of the original', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/import');
  await upload(page, 'original.xlsx');
  const original = await previewRows(page, 'original.xlsx');
  expect(original.join('\n')).toContain('职工创新工作室');
  for (const name of SAVED.slice(1)) {
    await upload(page, name);
    expect(await previewRows(page, name), name).toEqual(original);
    await expect(page.getByRole('list', { name: '已换算' })).toContainText('“2.8万”已换算为 28000');
  }
});

test('a kept draft offers its update file after a reload; the device lists its update files', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/import');
  await upload(page, 'excel-csv-gbk.csv');
  await previewRows(page, 'excel-csv-gbk.csv');
  await page.getByRole('button', { name: '作为草稿应用' }).click();
  await expect(page.getByText('草稿已应用')).toBeVisible();
  await page.reload();
  const draft = page.getByRole('region', { name: '当前草稿' });
  await expect(draft).toContainText('来自 excel-csv-gbk.csv，3 行');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    draft.getByRole('button', { name: '下载此草稿的数据更新文件' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^plan-tracker-data-update-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('worker-innovation-studios');

  const history = page.getByRole('region', { name: '本设备生成的数据更新文件（最新在前）' });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(download.suggestedFilename());
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText('3');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(
    /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
  );
  // Still there after another reload: kept on this device.
  await page.reload();
  await expect(history.getByRole('row')).toHaveCount(2);
});
