// Export timings, measured the way a user exports: click the button, wait for the download.
// HOOK: the exporters live in src/features/export. A menu item that is missing reports
// "n/a (exports not built yet)"; if the menu's labels change, adjust EXPORTS / OPEN_MENU.
import type { Browser, Page } from 'playwright-core';
import { round } from './stats';

type ExportKind = 'png' | 'xlsx' | 'snapshot';
const EXPORTS: { kind: ExportKind; label: string; button: RegExp }[] = [
  { kind: 'png', label: 'page PNG', button: /本页图片|page image/i },
  { kind: 'xlsx', label: 'XLSX', button: /XLSX/ },
  { kind: 'snapshot', label: 'snapshot', button: /快照文件|snapshot file/i },
];
const OPEN_MENU = /^(导出|Export)/;

export type ExportTiming = { kind: ExportKind; label: string; ms: number | null; note?: string };

/** The item in the page's export menu (not a chart's own PNG button), or null if none. */
async function findButton(page: Page, name: RegExp) {
  const toggle = page.getByRole('button', { name: OPEN_MENU }).first();
  if (!(await toggle.isVisible())) return null;
  await toggle.click();
  const item = page.locator('.export-menu').getByRole('button', { name }).first();
  return (await item.isVisible()) ? item : null;
}

/** Each export's click-to-download time on the overview with about `indicators` indicators. */
export async function measureExports(
  browser: Browser,
  baseUrl: string,
  indicators = 1000,
): Promise<ExportTiming[]> {
  const real = ((await (await fetch(`${baseUrl}/api/indicators.json`)).json()) as unknown[]).length;
  const size = Math.max(0, indicators - real);
  const results: ExportTiming[] = [];
  for (const { kind, label, button } of EXPORTS) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/?demo&size=${size}`);
      // The prerendered cards show before the app has hydrated (a click then opens nothing):
      // wait until the count (indicators and series) says the demo's indicators are there.
      await page.waitForFunction(
        (least) => {
          const text = document.querySelector('.filter-bar__count')?.textContent ?? '';
          return Math.max(0, ...(text.match(/\d+/g) ?? []).map(Number)) >= least;
        },
        real + size,
        { timeout: 120_000, polling: 100 },
      );
      const target = await findButton(page, button);
      if (!target) {
        results.push({ kind, label, ms: null, note: 'n/a (exports not built yet)' });
        continue;
      }
      const start = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        target.click(),
      ]);
      await download.path(); // resolves once the file is complete
      results.push({ kind, label, ms: round(Date.now() - start) });
    } catch (error) {
      results.push({
        kind,
        label,
        ms: null,
        note: `failed: ${(error as Error).message.split('\n')[0]}`,
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
