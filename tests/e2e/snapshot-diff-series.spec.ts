// Comparing a snapshot with the live data lists the annual-target series years as well as the
// indicators: a changed year's actual and a moved target each show old → new and count once.
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { snapshotDigest } from '../../src/domain/exports/snapshot';
import { exportFromMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

type Json = Record<string, unknown>;
type SnapshotJson = {
  data: {
    catalog: { series: { id: string; years: { year: number; actual?: { value: number } }[] }[] };
    indicators: { id: string; target: { value: number } }[];
  };
};

/** The live overview's snapshot file, as parsed JSON. */
async function exportOverview(page: Page): Promise<Json> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /状态汇总/ })).toBeVisible();
  const file = await exportFromMenu(page, '快照文件（JSON）');
  return JSON.parse(file.bytes.toString('utf8')) as Json;
}

/**
 * Makes the snapshot say what an earlier dataset might have said: the 2025 unemployment rate
 * 4.3% (published: 4.1%) and the studios target 7000 (published: 8000), then seals it again,
 * as anyone who edits a snapshot can.
 */
async function editAndReseal(json: Json): Promise<Buffer> {
  const { data } = json as unknown as SnapshotJson;
  const jobless = data.catalog.series.find((s) => s.id === 'surveyed-unemployment-rate');
  const actual = jobless?.years.find((y) => y.year === 2025)?.actual;
  const studios = data.indicators.find((i) => i.id === 'worker-innovation-studios');
  expect(actual?.value).toBe(4.1);
  expect(studios?.target.value).toBe(8000);
  actual!.value = 4.3;
  studios!.target.value = 7000;
  json.sha256 = await snapshotDigest(json);
  return Buffer.from(JSON.stringify(json, null, 1));
}

test('a snapshot compared with the live data lists a changed series actual and a moved target', async ({
  page,
}) => {
  // 2026-11-24 in Beijing: the 2025 results are published, so both sides know the year.
  await page.clock.setFixedTime(new Date('2026-11-24T04:00:00Z'));
  const bytes = await editAndReseal(await exportOverview(page));
  await page.goto('/snapshot');
  await page
    .getByLabel('快照 A（较早）')
    .setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: bytes });
  await page.getByRole('checkbox', { name: '用当前数据代替快照 B' }).check();

  await expect(page.locator('.diff__counts')).toHaveText(
    /^有变化 2 项 · 新增 0 项 · 移除 0 项 · 未变 \d+ 项$/,
  );
  const indicators = page.getByRole('table', { name: /当前数据的变化$/ });
  const studios = indicators.getByRole('row', { name: /职工创新工作室数量/ });
  await expect(studios).toContainText('≥ 7000家 → ≥ 8000家');
  await expect(indicators.locator('tbody tr')).toHaveCount(1);

  const series = page.getByRole('table', { name: /^年度目标系列：/ });
  const jobless = series.getByRole('row', { name: /城镇调查失业率 · 2025年/ });
  await expect(jobless).toContainText('有变化');
  await expect(jobless).toContainText('4.3% → 4.1%');
  await expect(jobless.locator('td.diff-changed')).toHaveCount(1);
  await expect(series.locator('tbody tr')).toHaveCount(1);

  const diff = page.locator('.diff');
  await page.setViewportSize({ width: 1280, height: 900 });
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/snapshot-diff-series-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/snapshot-diff-series-390.png` });
  await diff.screenshot({ path: `${OUT}/snapshot-diff-series-390-table.png` });
});
