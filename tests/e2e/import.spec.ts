// The reporting journey in a real browser: download the template from /import, fill two rows
// as Excel would (exceljs), see the bad row's three cells named, fix them, preview what the
// update changes, apply it as a draft that survives a reload, download the update file, and
// check that the maintainer's steps (data:import, data:archive, data:check) pass on a copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { COLUMNS, SHEET_ENTRY } from '../../src/domain/reporting/template-spec';
import { GOOD_ROW, PUBLIC_ROW, type RowValues as Row } from '../reporting/workbooks';

const REPO = path.resolve(import.meta.dirname, '../..');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The same two rows the CLI tests fill (one internal report, one public page, as typed).
const VALID: Row = GOOD_ROW;
const PUBLIC: Row = PUBLIC_ROW;
/** Three mistakes: an ambiguous date (B), an approximate value (C), no URL for a public page (L). */
const BAD: Row = { ...PUBLIC, asOf: '03/04/2025', value: '约3000', url: undefined };

async function fill(template: Buffer, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer.slice(template.byteOffset) as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET_ENTRY)!;
  rows.forEach((row, i) =>
    COLUMNS.forEach((c, j) => {
      const v = row[c.key];
      if (v !== undefined) ws.getRow(3 + i).getCell(j + 1).value = v;
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel('填好的填报模板').setInputFiles({ name, mimeType: XLSX, buffer: bytes });
}

function run(script: string, args: string[], cwd: string) {
  // Run in the copy (data:check and data:archive read data/ and datasets/ where they run).
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [path.join(REPO, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The big screen's status summary: how many targets are achieved, missed, due with no result. */
async function presentCounts(page: Page) {
  const summary = page.getByRole('region', { name: /^状态汇总/ });
  const count = async (status: string) =>
    Number(await summary.locator(`[data-status="${status}"] .present-summary__count`).innerText());
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(/共 [1-9]\d* 项/); // the data is in
  return {
    achieved: await count('achieved'),
    missed: await count('missed'),
    dueNoResult: await count('due_no_result'),
  };
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'import-e2e-'));
  cpSync(path.join(REPO, 'data'), path.join(work, 'data'), { recursive: true });
  cpSync(path.join(REPO, 'datasets'), path.join(work, 'datasets'), { recursive: true });
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('template → errors by cell → preview → draft kept over a reload → update file passes data:check', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  // The big screen's counts from the published data, to compare with the draft's later.
  await page.goto('/present');
  const published = await presentCounts(page);
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: '数据填报' })).toBeVisible();

  const [templateDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载填报模板' }).click(),
  ]);
  expect(templateDownload.suggestedFilename()).toMatch(/^plan-tracker-report-template-.*\.xlsx$/);
  const template = readFileSync((await templateDownload.path())!);

  // One valid row (row 3), one with three errors (row 4).
  await upload(page, 'report.xlsx', await fill(template, [VALID, BAD]));
  const problems = page.getByRole('region', { name: '逐格列出的问题' });
  await expect(
    page.getByRole('heading', { name: 'report.xlsx：3 处问题，未作任何更改' }),
  ).toBeVisible();
  const rows = problems.getByRole('row');
  await expect(rows).toHaveCount(4); // the header and one row per bad cell
  const cells = async (i: number) =>
    (await rows.nth(i).getByRole('cell').allInnerTexts()).slice(0, 3);
  const named = [await cells(1), await cells(2), await cells(3)];
  expect(named.map(([sheet]) => sheet)).toEqual(['填报', '填报', '填报']);
  expect(named.map(([, row]) => row)).toEqual(['4', '4', '4']);
  expect(named.map(([, , column]) => column!.slice(0, 1)).sort()).toEqual(['B', 'C', 'L']);
  await expect(problems).toContainText('03/04/2025');
  await expect(problems).toContainText('约3000');
  await expect(page.getByRole('button', { name: '作为草稿应用' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Fixed: the preview shows what changes, and the valid row changes a status.
  await upload(page, 'report-fixed.xlsx', await fill(template, [VALID, PUBLIC]));
  await expect(
    page.getByRole('heading', { name: /report-fixed\.xlsx：2 行通过检查/ }),
  ).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(page.getByRole('list', { name: '已换算' })).toContainText('“2.8万”已换算为 28000');
  const preview = page.getByRole('region', { name: '各指标的变化（发布的数据 → 更新后）' });
  const workerHomes = preview.getByRole('row', { name: /职工之家/ });
  await expect(workerHomes).toBeVisible();
  const [statusBefore, statusAfter] = (await workerHomes.getByRole('cell').first().innerText())
    .split('→')
    .map((s) => s.trim());
  // Due since 2026-03-31 with nothing published → a result dated at the deadline: achieved.
  expect(statusBefore).toContain('到期未见结果');
  expect(statusAfter).toContain('已达成');
  await expect(workerHomes).toContainText('— → 1.85万个（2025年12月31日）');
  await expect(workerHomes).toContainText('内部报送（未公开）');

  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '作为草稿应用' }).click();
  await expect(page.getByText('草稿已应用')).toBeVisible();
  await expect(page.getByRole('region', { name: '草稿：未发布的填报数据' })).toBeVisible();

  // The update file, before the reload (the check result is not kept, the draft is).
  const [patchDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载数据更新文件' }).click(),
  ]);
  expect(patchDownload.suggestedFilename()).toMatch(/^plan-tracker-data-update-.*\.csv$/);
  const patch = path.join(work, patchDownload.suggestedFilename());
  writeFileSync(patch, readFileSync((await patchDownload.path())!));

  await page.reload();
  await expect(page.getByRole('region', { name: '草稿：未发布的填报数据' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '当前草稿' })).toBeVisible();
  await expect(page.getByRole('region', { name: '当前草稿' })).toContainText(
    '来自 report-fixed.xlsx，2 行',
  );
  // The overview shows the draft figure too.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '总览' })
    .click();
  await expect(page.getByRole('region', { name: '草稿：未发布的填报数据' })).toBeVisible();
  await expect(
    page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: '职工之家数量', exact: true }) }),
  ).toContainText('1.85万');

  // The big screen shows the draft under its stamp; an embed (another site's page) never does.
  await page.goto('/present');
  const stamp = page
    .getByRole('main')
    .getByRole('note')
    .filter({ hasText: '草稿：未发布的填报数据' });
  await expect(stamp).toBeVisible();
  // On the stage itself (the big screen covers the window), not hidden under it.
  const box = (await stamp.boundingBox())!;
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role=note]')?.textContent,
      [box.x + box.width / 2, box.y + box.height / 2],
    ),
  ).toBe('草稿：未发布的填报数据');
  // Worker homes achieved, warm-heart stations missed: both leave "due, no result published".
  await expect
    .poll(() => presentCounts(page))
    .toEqual({
      achieved: published.achieved + 1,
      missed: published.missed + 1,
      dueNoResult: published.dueNoResult - 2,
    });
  await page.screenshot({ path: 'test-results/screens/import-draft-present.png' });
  await page.goto('/embed/indicator/worker-homes');
  await expect(page.getByRole('heading', { name: '职工之家数量' }).first()).toBeVisible();
  await expect(page.getByText('到期未见结果').first()).toBeVisible();
  await expect(page.getByText('1.85万')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '草稿：未发布的填报数据' })).toHaveCount(0);

  // The maintainer's steps on a copy of data/ and datasets/.
  const imported = run('data-import.ts', [patch], work);
  expect(imported.out).toContain('worker-homes');
  expect(imported.code, imported.out).toBe(0);
  const archived = run('archive-dataset.ts', [], work);
  expect(archived.code, archived.out).toBe(0);
  const checked = run('data-check.ts', ['data'], work);
  expect(checked.code, checked.out).toBe(0);
  expect(checked.out).toContain('✓ data/ ok');
  // The same file again changes nothing.
  const again = run('data-import.ts', [patch], work);
  expect(again.code, again.out).toBe(0);
  expect(again.out).toMatch(/already/);
});
