// The PDF briefing: the report view printed by Chromium's own engine (page.pdf), read back with
// poppler's pdftotext, so the Chinese must be real text, and no indicator split across pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { serveWithObservations } from './fixtures';
import { OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const pdftotext = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-'], {
    encoding: 'utf8',
  });

test('the briefing prints to an A4 PDF with selectable Chinese text and whole indicators', async ({
  page,
}) => {
  await serveWithObservations(page);
  await page.goto('/report?asOf=2025-01-15');
  await expect(page.getByRole('heading', { level: 1, name: '规划指标简报' })).toBeVisible();
  // The prerendered page seeds the curated data; the test observations come with revalidation.
  await expect(page.getByRole('region', { name: '职工创新工作室数量' })).toContainText('4200家');
  // The one-shot indicators, each with a chart, under their plans; the annual-target series
  // (a table of years each, no chart) in a section of their own.
  const indicators = page.locator('.report-indicator:not(.report-series)');
  const series = page.locator('.report-indicator.report-series');
  const count = await indicators.count();
  const seriesCount = await series.count();
  expect(count).toBeGreaterThan(0);
  expect(seriesCount).toBeGreaterThan(0);
  const noData = await page.locator('.report-no-data li').count();
  expect(count + seriesCount + noData).toBeGreaterThan(10);
  await expect(page.locator('.report-summary h2')).toContainText(
    `共 ${count + seriesCount + noData} 项指标`,
  );
  // One row per verdict: a series with a due year and a running year has two.
  const tableRows = await page.locator('.report-table tbody tr').count();
  expect(tableRows).toBeGreaterThanOrEqual(count + seriesCount + noData);
  const twice = Number(
    /其中 (\d+) 个年度目标系列两组各计一次/.exec(
      await page.locator('.report-summary').innerText(),
    )?.[1] ?? 0,
  );
  expect(tableRows).toBe(count + seriesCount + noData + twice);
  // Every fixed-size chart drawn before printing.
  await expect(page.locator('.report-chart .recharts-wrapper > svg')).toHaveCount(count);
  await expect(page.locator('.report-chart .recharts-wrapper > svg').first()).toHaveAttribute(
    'width',
    '640',
  );

  const file = `${OUT}/briefing-2025-01-15.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(2);

  const text = pdftotext(file);
  for (const words of [
    '规划指标简报',
    '截至 2025年1月15日',
    '状态汇总',
    '职工创新工作室数量',
    '进度滞后',
    '年度目标',
    (await series.locator('h3').first().textContent())!,
    '资料来源',
  ])
    expect(text).toContain(words);
  expect(text).not.toContain('打印 / 存为 PDF');
  // Every page: the running header and "第 N 页 / 共 M 页" (pdftotext may drop the spaces).
  for (let n = 1; n <= pages; n += 1) {
    const pageText = pdftotext(file, n).replace(/\s+/g, '');
    expect(pageText, `page ${n}`).toContain(`第${n}页/共${pages}页`);
    expect(pageText, `page ${n}`).toContain('规划指标简报·截至2025年1月15日');
  }
  // The front part (需关注, the counts, the summary table) ends its own page(s); the entries start
  // on a fresh sheet, the first with a "目标出处" line. Every indicator and series is named there.
  let frontPages = 1;
  while (frontPages < pages && !pdftotext(file, frontPages + 1).includes('目标出处'))
    frontPages += 1;
  const first = Array.from({ length: frontPages }, (_, i) => pdftotext(file, i + 1))
    .join('')
    .replace(/\s+/g, '');
  expect(pdftotext(file, 1).replace(/\s+/g, '')).toContain('需关注');
  expect(first).toContain('评定的目标');
  expect(first).toContain('该目标的结果');
  for (const name of [
    ...(await indicators.locator('h3').allTextContents()),
    ...(await series.locator('h3').allTextContents()),
  ])
    expect(first, name).toContain(name.replace(/\s+/g, '').slice(0, 6));
  expect(text).not.toContain('导出');

  // Each indicator ends with its "目标出处" line: on every page, as many indicator headings
  // as endings means none was split across a page break. (A series entry has no such line.)
  const names = await indicators.locator('h3').allTextContents();
  let seen = 0;
  for (let n = frontPages + 1; n <= pages; n += 1) {
    const pageText = pdftotext(file, n);
    const starts = names.filter((name) => pageText.includes(name)).length;
    const ends = pageText.split('目标出处').length - 1;
    expect(starts, `page ${n}`).toBe(ends);
    seen += ends;
  }
  expect(seen).toBe(count);
});

test('the print button opens the browser print dialog; the view follows the URL filters', async ({
  page,
}) => {
  await serveWithObservations(page);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/report?asOf=2025-01-15&status=off_track');
  await expect(page.getByText('范围：全部规划 · 全部领域 · 进度滞后')).toBeVisible();
  await expect(page.locator('.report-indicator')).toHaveCount(2);
  await page.getByRole('button', { name: '打印 / 存为 PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the briefing (${lang}) has no axe violations`, async ({ page }) => {
    await serveWithObservations(page);
    await page.goto(`/report?asOf=2025-01-15${lang === 'en' ? '&lang=en' : ''}`);
    await expect(page.locator('.report-chart .recharts-wrapper > svg').first()).toBeVisible();
    if (lang === 'en') {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan indicator briefing');
      await page.screenshot({ path: `${OUT}/report-en-1280.png`, fullPage: true });
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}

/** Prints the page to A4 and returns its page count and the text of page 1 (spaces removed). */
async function printOnePage(page: import('@playwright/test').Page, file: string) {
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    text: pdftotext(file, 1).replace(/\s+/g, ''),
  };
}

test('the 一页纸 hand-out is one page: the counts and the exceptions', async ({ page }) => {
  await serveWithObservations(page);
  await page.goto('/report?brief=one&asOf=2025-01-15');
  await expect(
    page.getByRole('heading', { level: 1, name: '规划指标简报（一页纸）' }),
  ).toBeVisible();
  // The test observations put union coverage (40% of a 90% target) off track.
  const attention = page.getByRole('region', { name: /需关注/ });
  await expect(attention).toContainText('全市工会组织职工覆盖率');
  const total = Number(
    /共 (\d+) 项指标/.exec(await page.locator('.report-summary h2').innerText())?.[1],
  );
  expect(total).toBeGreaterThan(10);
  const { pages, text } = await printOnePage(page, `${OUT}/briefing-one-2025-01-15.pdf`);
  expect(pages).toBe(1);
  for (const words of ['规划指标简报（一页纸）', '截至2025年1月15日', `共${total}项指标`])
    expect(text).toContain(words);
  // Each status count as the page shows it (two groups), and every line of 需关注 by name.
  const summary = (await page.locator('.report-summary').innerText()).replace(/\s+/g, '');
  for (const word of ['已到期', '进行中']) expect(text).toContain(word);
  for (const word of [
    '已达成',
    '未达成',
    '到期未见结果',
    '进展正常',
    '存在风险',
    '进度滞后',
    '暂无进展数据',
  ]) {
    const n = new RegExp(`(\\d+)\\D?${word}`).exec(summary)?.[1];
    expect(n, word).toBeDefined();
    expect(text).toMatch(new RegExp(`${n}\\D{0,2}${word}`));
  }
  for (const name of await attention.locator('.attention__name').allInnerTexts())
    expect(text).toContain(name.replace(/\s+/g, ''));
  expect(text).toContain('全市工会组织职工覆盖率');
  expect(text).toMatch(/第1页\/共1页/);
  // Everything fits: no "还有 N 项".
  expect(text).not.toContain('还有');
});

test('a 10,000-indicator demo 一页纸 stays one page and says how many more need attention', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/report?brief=one&demo&size=10000');
  const attention = page.getByRole('region', { name: /需关注/ });
  await expect(attention.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  const summary = (await page.locator('.report-summary').innerText()).replace(/\s+/g, '');
  const count = (word: string) => Number(new RegExp(`(\\d+)\\D?${word}`).exec(summary)?.[1]);
  // One line per verdict that needs attention: due with no result, missed, off track, at risk.
  const exceptions =
    count('到期未见结果') + count('未达成') + count('存在风险') + count('进度滞后');
  const shown = await attention.getByRole('listitem').count();
  expect(shown).toBeGreaterThan(10);
  expect(exceptions).toBeGreaterThan(shown);
  await expect(page.locator('.report__cap')).toHaveText(
    `还有 ${exceptions - shown} 项需关注，见完整简报。`,
  );
  const { pages, text } = await printOnePage(page, `${OUT}/briefing-one-demo-10000.pdf`);
  expect(pages).toBe(1);
  expect(text).toContain(`还有${exceptions - shown}项需关注`);
  expect(text).toContain('模拟数据/simulated');
  expect(text).toMatch(/共10\d{3}项指标/);
});
