// Snapshot files: exported from a view, opened at /snapshot, they show the same figures;
// an edited or oversized file is refused with a message and what was open stays open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { serveWithObservations } from './fixtures';
import { exportFromMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const VIEW = '/?asOf=2025-01-15&plan=beijing-14th-fyp-worker-development';

/** What a reader sees: the status counts, every card's text and the compact list, in order. */
async function visibleFigures(scope: Locator) {
  await expect(scope.getByRole('article').first()).toBeVisible();
  return {
    summary: await scope.getByRole('region', { name: /状态汇总/ }).innerText(),
    cards: await scope.getByRole('article').allInnerTexts(),
    unreported: await scope.locator('.unreported__list > li').allInnerTexts(),
    heading: await scope.getByRole('heading', { level: 2 }).allInnerTexts(),
    // The charts' table alternatives hold the chart's numbers.
    chartTables: await scope.locator('.chart-figure__table table').allTextContents(),
  };
}

async function exportSnapshot(page: Page) {
  await serveWithObservations(page);
  await page.goto(VIEW);
  // The menu appears once the app runs (not in the prerendered HTML): the view is live then.
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  // The plan's six indicators: a card for each of the three with a test observation by then,
  // a line in the compact list for the three without a report.
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.locator('.unreported__list > li')).toHaveCount(3);
  // The prerendered page seeds the curated data first; the test observations arrive with the
  // revalidation that follows.
  await expect(page.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
  const live = await visibleFigures(page.locator('#main'));
  const file = await exportFromMenu(page, '快照文件（JSON）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  return { live, file };
}

const upload = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByLabel('选择快照文件（.json）')
    .setInputFiles({ name, mimeType: 'application/json', buffer });

test('a snapshot round-trips: opened at /snapshot it shows the same figures, read-only', async ({
  page,
}) => {
  const { live, file } = await exportSnapshot(page);
  expect(file.name).toBe('plan-tracker-snapshot-2025-01-15.json');
  const json = JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown>;
  expect(json).toMatchObject({
    format: 'plan-tracker-snapshot',
    version: 1,
    asOf: '2025-01-15',
    simulated: false,
  });
  expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);

  // Open it on a fresh page whose live API has no test observations at all.
  await page.unrouteAll();
  await page.goto('/snapshot');
  await upload(page, file.name, file.bytes);
  const view = page.getByRole('region', { name: '快照：截至 2025年1月15日 的看板（只读）' });
  await expect(view).toBeVisible();
  expect(await visibleFigures(view)).toEqual(live);
  await expect(view).toContainText(`文件 ${file.name}`);
  // The snapshot's plan chart is drawn in the page (plain SVG, no waiting for it to scroll in).
  await expect(view.locator('.progress-chart svg')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${OUT}/snapshot-open-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${OUT}/snapshot-open-390.png`, fullPage: true });

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );
});

test('Back and Forward move between pages inside an open snapshot', async ({ page }) => {
  const { file } = await exportSnapshot(page);
  await page.unrouteAll();
  await page.goto('/methodology');
  await page.goto('/snapshot');
  await upload(page, file.name, file.bytes);
  const view = page.getByRole('region', { name: '快照：截至 2025年1月15日 的看板（只读）' });
  await view.getByRole('link', { name: '职工创新工作室数量' }).click();
  const detail = view.getByRole('heading', { level: 1, name: '职工创新工作室数量' });
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/\/snapshot\?at=%2Findicator%2Fworker-innovation-studios/);
  await page.goBack();
  await expect(view.getByRole('article').first()).toBeVisible();
  await expect(page).toHaveURL(/\/snapshot$/);
  await page.goForward();
  await expect(detail).toBeVisible();
});

test('a tampered snapshot is refused with a clear message and the open one stays', async ({
  page,
}) => {
  const { file } = await exportSnapshot(page);
  await page.goto('/snapshot');
  await upload(page, file.name, file.bytes);
  const view = page.getByRole('region', { name: /快照：截至 2025年1月15日/ });
  await expect(view.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');

  const tampered = file.bytes.toString('utf8').replace('"value": 4200', '"value": 7900');
  expect(tampered).not.toBe(file.bytes.toString('utf8'));
  await upload(page, 'edited.json', Buffer.from(tampered));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法打开“edited.json”');
  await expect(alert).toContainText('SHA-256 校验值不符');
  await expect(view.getByRole('article', { name: /职工创新工作室/ })).toContainText('4200家');
  await page.screenshot({ path: `${OUT}/snapshot-refused-1280.png` });

  await upload(page, 'huge.json', Buffer.alloc(21 * 1024 * 1024, 0x20));
  await expect(alert).toContainText('文件超过 20 MB');
  await expect(view).toBeVisible();
});

test('two snapshots compare: what changed between them', async ({ page }) => {
  await serveWithObservations(page);
  await page.goto('/?asOf=2024-01-01&plan=beijing-14th-fyp-worker-development');
  const earlier = await exportFromMenu(page, '快照文件（JSON）');
  await page.goto(VIEW);
  const later = await exportFromMenu(page, '快照文件（JSON）');
  await page.goto('/snapshot');
  const pick = (label: string, f: { name: string; bytes: Buffer }) =>
    page
      .getByLabel(label)
      .setInputFiles({ name: f.name, mimeType: 'application/json', buffer: f.bytes });
  await pick('快照 A（较早）', earlier);
  await pick('快照 B（较新）', later);
  await page.getByLabel('选择快照文件（.json）').setInputFiles({
    name: later.name,
    mimeType: 'application/json',
    buffer: later.bytes,
  });
  const table = page.getByRole('table', { name: /变化/ });
  await expect(table.getByRole('row', { name: /全市工会组织职工覆盖率/ })).toContainText(
    '暂无进展数据 → 进度滞后',
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${OUT}/snapshot-compare-1280.png`, fullPage: true });
});
