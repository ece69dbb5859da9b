// The curation journey in a real browser: paste a seed article into /curate, see its figures
// marked in the text, accept three proposals (two series actuals and a target), edit the target
// (a wrong value names the quote rule it breaks; then its comparator and a new indicator of the
// 2024 renovation plan), check and preview, make the draft, and find it under the draft banner on
// the new indicator's page and the series page; the downloaded update is a pt-curation-v1 file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const REPO = path.resolve(import.meta.dirname, '../..');
// Seed 001: the January 2024 people's-congress press conference on livelihood work.
const SEED = readFileSync(path.join(REPO, '../shared/seeds/001_039130f0dd037b53.txt'), 'utf8');

const proposal = (page: Page, n: number) =>
  page.getByRole('article', { name: `候选 ${n}`, exact: true });

test('paste a seed, accept three figures, edit one, and the draft shows them', async ({ page }) => {
  await page.goto('/curate');
  await expect(page.getByRole('heading', { level: 1, name: '数据采编' })).toBeVisible();
  await page.getByLabel('文件文字').fill(SEED);
  // The article prints no date: the curator gives it, so 今年 reads as 2024.
  await page.getByLabel('发布日期').fill('2024-01-25');
  await page.getByRole('button', { name: '找出数字' }).click();

  // Every proposal is marked in the document; the title came from the text.
  const doc = page.getByRole('region', { name: '原文，标出了每个候选数字' });
  await expect(page.getByRole('heading', { name: /^候选数字（\d+ 个）$/ })).toBeVisible();
  await expect(doc.locator('mark').first()).toBeVisible();
  expect(await doc.locator('mark').count()).toBeGreaterThanOrEqual(20);
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue(
    '市十六届人大二次会议举行新闻发布会',
  );
  await page.getByLabel('英文标题').fill('Press conference on livelihood work, January 2024');
  await page.getByLabel('发布者', { exact: true }).fill('劳动午报');
  await page.getByLabel('发布者（英文）').fill('Laodong Wubao');
  await page.getByLabel('来源编号').fill('curate-test-2024-01-25-livelihood');

  // Two actuals matched to series years, accepted as proposed.
  const places = proposal(page, 4);
  await expect(places).toContainText('新增中小学学位3.8万个');
  await expect(places.getByRole('combobox', { name: /属于/ })).toHaveValue(
    'series:new-school-places:2023',
  );
  await places.getByRole('button', { name: '采用', exact: true }).click();
  const toddlers = proposal(page, 7);
  await expect(toddlers).toContainText('新增托位6039个');
  await toddlers.getByRole('button', { name: '采用', exact: true }).click();
  await expect(doc.locator('.curate-mark--accepted')).toHaveCount(2);

  // The target "完工200个小区": a wrong value is refused by its rule; then the edit that holds.
  const done = proposal(page, 23);
  await expect(done).toContainText('完工200个小区');
  await done.getByRole('button', { name: '采用', exact: true }).click();
  await done.getByRole('button', { name: '修改' }).click();
  await done.getByLabel('数值').fill('210');
  await expect(done.getByRole('alert')).toContainText('引文没有写出这个数字');
  await done.getByLabel('数值').fill('200');
  await expect(done.getByRole('alert')).toHaveCount(0);
  await done.getByLabel('比较方向').selectOption('gte');
  await done
    .getByRole('combobox', { name: /属于/ })
    .selectOption('new:beijing-2024-old-compound-renovation');
  // Checking now names what the new indicator still lacks.
  await page.getByRole('button', { name: /^检查并预览（3 个已采用）$/ }).click();
  await expect(page.getByRole('heading', { name: /个已采用的数字还缺信息/ })).toBeVisible();
  await expect(done).toContainText('指标编号');
  await expect(done).toContainText('英文名称');
  await done.getByLabel('新指标编号').fill('old-compound-completions-2024');
  // The subject the text gives ("完工") is the name's start; the curator makes it say what.
  await expect(done.getByLabel('中文名称')).toHaveValue('完工');
  await done.getByLabel('中文名称').fill('老旧小区改造完工');
  await done.getByLabel('英文名称').fill('Old compounds renovated (2024)');
  await done.getByLabel('类别').selectOption('housing');
  await done.getByLabel('量词的英文（如 jobs）').fill('compounds');

  await page.getByRole('button', { name: /^检查并预览/ }).click();
  const preview = page.getByRole('region', { name: '各指标的变化（发布的数据 → 更新后）' });
  await expect(page.getByRole('heading', { name: '3 项通过检查 · 更新预览' })).toBeVisible();
  await expect(preview.getByRole('rowheader', { name: '老旧小区改造完工' })).toBeVisible();
  const seriesList = page.getByRole('list').filter({ hasText: '新增中小学学位 · 2023' });
  await expect(seriesList).toContainText('新增中小学学位 · 2023 · 实际 · 3.8万个');
  await expect(seriesList).toContainText('幼儿园新增托位 · 2023 · 实际 · 6039个');

  // The update file: pt-curation-v1, named by the day, the three entries and the new source.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载更新文件' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^plan-tracker-data-update-\d{4}-\d{2}-\d{2}\.json$/);
  const update = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    format: string;
    sources: { id: string }[];
    entries: { kind: string }[];
  };
  expect(update.format).toBe('pt-curation-v1');
  expect(update.sources.map((s) => s.id)).toEqual(['curate-test-2024-01-25-livelihood']);
  expect(update.entries.map((e) => e.kind)).toEqual([
    'series-actual',
    'series-actual',
    'new-indicator',
  ]);

  await page.getByRole('button', { name: '用作草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '草稿已应用' })).toBeVisible();
  const banner = page.getByRole('region', { name: '草稿：未发布的填报数据' });
  await expect(banner).toContainText('采编自 粘贴的文字，3 项');

  // The app under the banner: the new indicator has its page, with its target and quote.
  await page.goto('/indicator/old-compound-completions-2024');
  await expect(page.getByRole('heading', { level: 1, name: '老旧小区改造完工' })).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(page.getByText('完工200个小区').first()).toBeVisible();
  // …and the series year cites the curated quote.
  await page.goto('/series/new-school-places');
  await expect(page.getByRole('heading', { level: 1, name: '新增中小学学位' })).toBeVisible();
  await expect(page.getByText('新增中小学学位3.8万个').first()).toBeVisible();
  // The banner leads back to /curate, where the draft's update can be downloaded again.
  await banner.getByRole('link', { name: '查看填报' }).click();
  await expect(page.getByRole('heading', { name: '当前采编草稿' })).toBeVisible();
});
