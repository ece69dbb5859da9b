// /import on workbooks that hide what they would import (the hidden entry sheet behind a visible
// copy, a hidden row, a hidden column): the preview names each hidden part by sheet, row or
// column, and nothing can be applied or downloaded until the person ticks that they saw them.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  fillHiding,
  GOOD_ROW,
  PUBLIC_ROW,
  templateFor,
  type RowValues,
} from '../reporting/workbooks';

const REPO = path.resolve(import.meta.dirname, '../..');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HIDDEN_ROW: RowValues = {
  ...GOOD_ROW,
  value: 9999,
  quote: '截至2025年底，全市共建成职工之家9999个',
};

type Case = {
  name: string;
  make: (template: Uint8Array) => Promise<Uint8Array>;
  /** The hidden part's sheet, row and column cells, as the table names it. */
  named: [sheet: string, row: string, column: string];
  what: RegExp;
};

const CASES: Case[] = [
  {
    name: 'hidden-sheet.xlsx',
    make: (t) => fillHiding(t, [HIDDEN_ROW], { sheet: 'hidden', visibleValue: 7500 }),
    named: ['填报', '—', '—'],
    what: /工作表“填报”已隐藏/,
  },
  {
    name: 'hidden-row.xlsx',
    make: (t) => fillHiding(t, [PUBLIC_ROW, HIDDEN_ROW], { row: 4 }),
    named: ['填报', '4', '—'],
    what: /该行已隐藏（手动隐藏或被筛选隐藏）/,
  },
  {
    name: 'hidden-column.xlsx',
    make: (t) => fillHiding(t, [HIDDEN_ROW], { column: 3 }),
    named: ['填报', '—', 'C 数值 Value'],
    what: /该列已隐藏/,
  },
];

/** Reading a workbook loads exceljs and checks every cell: seconds on a busy two-core machine. */
const READ_TIMEOUT = 30_000;

let template: Uint8Array;
test.beforeAll(async () => {
  template = await templateFor(path.join(REPO, 'data'));
});

async function upload(page: Page, name: string, bytes: Uint8Array) {
  await page
    .getByLabel('填好的填报模板')
    .setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
}

for (const { name, make, named, what } of CASES)
  test(`${name}: the preview names the hidden part and applies nothing until it is seen`, async ({
    page,
  }) => {
    await page.goto('/import');
    await upload(page, name, await make(template));
    await expect(
      page.getByRole('heading', { name: new RegExp(`^${name}：\\d+ 行通过检查`) }),
    ).toBeVisible({ timeout: READ_TIMEOUT });
    const notice = page.getByRole('group', { name: /处隐藏内容：审阅者看不到，却会被导入/ });
    await expect(notice).toBeVisible();
    const table = notice.getByRole('region', { name: '逐处列出的隐藏内容' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(2);
    expect((await rows.nth(1).getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual(named);
    await expect(rows.nth(1)).toContainText(what);

    const apply = page.getByRole('button', { name: '作为草稿应用' });
    const download = page.getByRole('button', { name: '下载数据更新文件' });
    await expect(apply).toBeDisabled();
    await expect(download).toBeDisabled();
    const seen = notice.getByRole('checkbox', { name: /我已查看以上隐藏内容/ });
    await seen.check();
    await expect(apply).toBeEnabled();
    await expect(download).toBeEnabled();
    // Another file starts unseen again.
    await upload(page, `again-${name}`, await make(template));
    await expect(page.getByRole('heading', { name: new RegExp(`^again-${name}：`) })).toBeVisible({
      timeout: READ_TIMEOUT,
    });
    await expect(seen).not.toBeChecked();
    await expect(apply).toBeDisabled();
  });

test('a workbook that hides nothing shows no hidden-content notice', async ({ page }) => {
  await page.goto('/import');
  await upload(page, 'plain.xlsx', await fillHiding(template, [GOOD_ROW], { row: 7 }));
  await expect(page.getByRole('heading', { name: /^plain\.xlsx：1 行通过检查/ })).toBeVisible({
    timeout: READ_TIMEOUT,
  });
  await expect(page.getByRole('group', { name: /处隐藏内容/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '作为草稿应用' })).toBeEnabled();
});

for (const width of [1280, 390])
  test(`the hidden-content notice at ${width} px has no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/import');
    await upload(page, 'hidden-row.xlsx', await CASES[1]!.make(template));
    const notice = page.getByRole('group', { name: /处隐藏内容/ });
    await expect(notice).toBeVisible({ timeout: READ_TIMEOUT });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/import-hidden-${width}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
