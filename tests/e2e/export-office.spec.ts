// Office outputs from the export menu: 复制要点 puts plain sentences on the clipboard (需关注
// first, each with its year and source), and the Word briefing downloads a .docx that reads back
// with 需关注 and the summary table before its first page break.
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { exportFromMenu, openExportMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

test('复制要点 copies plain sentences from the overview, 需关注 first', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?asOf=2026-12-07');
  await openExportMenu(page);
  await page.getByRole('button', { name: '复制要点' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已复制 \d+ 条要点/ })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.length).toBeLessThanOrEqual(10);
  // The worker plan's six due targets, as one sentence, first.
  expect(lines[0]).toMatch(/6项目标已于2025年底到期，尚未见公布结果。$/);
  // Every sentence ends as a sentence; no Markdown.
  for (const line of lines) {
    expect(line).toMatch(/。$/);
    expect(line).not.toMatch(/[*#`]|^\s*[-•]/);
  }
  // A series page: the result of each judged year, with its figure, year and dated source.
  await page.goto('/series/surveyed-unemployment-rate?asOf=2026-12-07');
  await openExportMenu(page);
  await page.getByRole('button', { name: '复制要点' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已复制 \d+ 条要点/ })).toBeVisible();
  const series = await page.evaluate(() => navigator.clipboard.readText());
  expect(series).toMatch(
    /^\d{4}年城镇调查失业率[\d.]+%，(优于|达到)≤[\d.]+%的目标[^。]*（[^（）]+，\d{4}年\d{1,2}月\d{1,2}日）。/m,
  );
});

test('Word 简报（DOCX） downloads a briefing with 需关注 and the summary table on page 1', async ({
  page,
}) => {
  await page.goto('/?asOf=2026-12-07');
  const file = await exportFromMenu(page, 'Word 简报（DOCX）');
  await writeFile(`${OUT}/${file.name}`, file.bytes);
  expect(file.name).toBe('plan-tracker-briefing-overview-2026-12-07.docx');
  const doc = strFromU8(unzipSync(new Uint8Array(file.bytes))['word/document.xml']!);
  const pageOne = doc.slice(0, doc.indexOf('<w:br w:type="page"/>'));
  expect(pageOne).toContain('需关注');
  expect(pageOne).toContain('<w:tblStyle w:val="BriefingTable"/>');
  expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
});
