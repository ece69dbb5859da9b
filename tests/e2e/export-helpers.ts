// Reading what the export buttons download: the file's bytes, a decoded PNG and its spread.
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';

/** Clicks, waits for the browser's download, and returns its suggested name and bytes. */
export async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file) };
}

async function readDownload(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

export type PngFacts = { width: number; height: number; stdDev: number; inkShare: number };

type Region = { x: number; y: number; width: number; height: number };

/** Size, luminance spread and share of dark pixels (of the whole image or one region of it):
 * a blank image has ~0 of both. */
export function pngFacts(bytes: Buffer, region?: Region): PngFacts {
  const png = PNG.sync.read(bytes);
  const { width, height, data } = png;
  const r = region ?? { x: 0, y: 0, width, height };
  let sum = 0;
  let sumSq = 0;
  let ink = 0;
  for (let y = r.y; y < r.y + r.height; y += 1)
    for (let x = r.x; x < r.x + r.width; x += 1) {
      const i = (y * width + x) * 4;
      const lum = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      sum += lum;
      sumSq += lum * lum;
      if (lum < 200) ink += 1;
    }
  const n = r.width * r.height;
  const mean = sum / n;
  return { width, height, stdDev: Math.sqrt(sumSq / n - mean * mean), inkShare: ink / n };
}

/**
 * Opens the "导出" menu. The prerendered overview already shows the button; a visit with view
 * parameters renders the page afresh, replacing it, so a click that lands before the app runs
 * does nothing. Like a person, click again until the menu opens.
 */
export async function openExportMenu(page: Page) {
  const toggle = page.getByRole('button', { name: '导出', exact: true });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(page.getByRole('button', { name: '本页图片（PNG）' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
}

/** Opens the page's "导出" menu and picks one entry, returning the downloaded file. */
export function exportFromMenu(page: Page, label: string) {
  return download(page, async () => {
    await openExportMenu(page);
    await page.getByRole('button', { name: label }).click();
  });
}

/** Where looked-at exports are kept (test-results is ignored by git). */
export const OUT = 'test-results/exports';
