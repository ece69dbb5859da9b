// Verdicts honest about time, on the published data as of 2026-12-07: the worker plan's six
// targets passed their deadline (2025-12-31) and their result was due on 2026-03-31, and nothing
// was published. They must read 到期未见结果 everywhere a leader looks, and no badge may show a
// verdict without the year or deadline it judges.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { OUT } from './export-helpers';

const AS_OF = '2026-12-07';
const WORKER_TARGETS = [
  '职工创新工作室数量',
  '北京市各级大工匠人数',
  '百人以上企业集体合同签订率',
  '职工之家数量',
  '职工暖心驿站数量',
  '全市工会组织职工覆盖率',
];
// Series whose newest due year was met, as of 2026-12-07 (see the closing note of issue 23).
const DUE_MET = 6;

test.beforeAll(() => mkdir(OUT, { recursive: true }));

/** Every verdict badge on the page names a year (2025年 / 2025年底 / a dated deadline). */
async function expectEveryBadgeDated(page: Page) {
  const badges = page.locator('.verdict-badge, .present-tile__status, .attention__verdict');
  const texts = await badges.allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toMatch(/\d{4}/);
}

test('the overview: 需关注 leads with the six worker-plan targets, due with no result', async ({
  page,
}) => {
  await page.goto(`/?asOf=${AS_OF}`);
  const attention = page.getByRole('region', { name: /需关注/ });
  await expect(attention).toBeVisible();
  const lines = attention.getByRole('listitem');
  for (let i = 0; i < WORKER_TARGETS.length; i++) {
    await expect(lines.nth(i)).toContainText(WORKER_TARGETS[i]!);
    await expect(lines.nth(i)).toContainText('2025年底 · ? 到期未见结果');
  }
  // The summary: two groups; due and achieved counts only series whose newest due year was met.
  const summary = page.getByRole('region', { name: /状态汇总/ });
  const due = summary.locator('[data-phase="due"]');
  await expect(due.locator('[data-status="achieved"]')).toContainText(`${DUE_MET}`);
  await expect(due.locator('[data-status="missed"]')).toContainText('0');
  await expect(due.locator('[data-status="due_no_result"]')).toContainText('15');
  await expect(summary.locator('[data-phase="running"]')).toContainText('进行中');
  await expect(summary).toContainText('两组各计一次');
  // The worker plan's own list says so beside each target, not in grey like a target not due.
  const studios = page.locator('.unreported__list li', { hasText: '职工创新工作室数量' });
  await expect(studios.locator('.unreported__verdict')).toHaveText('2025年底 · ? 到期未见结果');
  await expectEveryBadgeDated(page);
  // A series card never says 已达成 without its year on the same line.
  const unemployment = page.locator('.series-card', { hasText: '城镇调查失业率' });
  await expect(unemployment.locator('.verdict-badge').first()).toHaveText(/^2025年 ✔ 已达成$/);
  await expect(unemployment.locator('.verdict-badge').nth(1)).toHaveText(
    '2026年 · 进行中 · ○ 年内暂无报告',
  );
  for (const line of (await page.locator('.series-card').allInnerTexts()).flatMap((t) =>
    t.split('\n'),
  ))
    if (line.includes('已达成')) expect(line).toMatch(/\d{4}/);
});

test('the status filter 到期未见结果 keeps the due targets, a series by either of its verdicts', async ({
  page,
}) => {
  await page.goto(`/?asOf=${AS_OF}&status=due_no_result`);
  await expect(page.locator('.unreported__list li', { hasText: '职工之家数量' })).toBeVisible();
  await expect(page.locator('.series-card', { hasText: '老楼加装电梯完工' })).toBeVisible();
  await expect(page.locator('.series-card', { hasText: '城镇调查失业率' })).toHaveCount(0);
});

test('page 1 of the printed briefing: the six due targets and the table columns', async ({
  page,
}) => {
  await page.goto(`/report?asOf=${AS_OF}`);
  await expect(page.getByRole('heading', { level: 1, name: '规划指标简报' })).toBeVisible();
  await expect(page.locator('.report-table tbody tr').first()).toBeVisible();
  const file = `${OUT}/briefing-honest-${AS_OF}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
  expect(first).toContain('需关注');
  for (const name of WORKER_TARGETS) expect(first).toContain(name);
  expect(first).toContain('到期未见结果');
  expect(first).not.toContain('当前没有需关注');
  // The table: the target it judges (with its year), that target's result, the state, the latest.
  const header = await page.locator('.report-table thead').innerText();
  for (const column of ['评定的目标', '该目标的结果', '状态', '最新已知值'])
    expect(header).toContain(column);
  const unemployment = page.locator('.report-table tbody tr', { hasText: '城镇调查失业率' });
  await expect(unemployment).toHaveCount(2);
  await expect(unemployment.first()).toContainText('2025年');
  await expect(unemployment.first()).toContainText('4.1%');
  await expect(unemployment.first()).toContainText('2025年 ✔ 已达成');
  // The 2026 target's row: running, and the latest known value (4.1%, dated 2025) still shown.
  await expect(unemployment.nth(1)).toContainText('2026年 · 进行中');
  await expect(unemployment.nth(1)).toContainText('4.1%');
  await expectEveryBadgeDated(page);
});

test('/present opens on the worker plan, each target due with no result', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/present?asOf=${AS_OF}`);
  const screen = page.locator('.present-screen');
  await expect(screen).toContainText('北京市“十四五”时期职工发展规划');
  for (const name of WORKER_TARGETS) {
    const tile = page.locator('.present-tile', { hasText: name.slice(0, 4) });
    await expect(tile.first().locator('.present-tile__status')).toHaveText(
      '2025年底 · ? 到期未见结果',
    );
  }
  await expect(page.locator('.present-summary [data-phase="due"]')).toContainText('已到期');
  await expectEveryBadgeDated(page);
  await page.screenshot({ path: `${OUT}/present-honest.png` });
});
