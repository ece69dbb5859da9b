// Pictures of the export UI to look at (1280 and 390 px): the menu open, the briefing, and
// the overview's chart buttons. The layout must hold together at both widths.
import { expect, test } from '@playwright/test';
import { serveWithObservations } from './fixtures';
import { openExportMenu, OUT } from './export-helpers';

for (const viewport of [
  { label: '1280', width: 1280, height: 900 },
  { label: '390', width: 390, height: 844 },
]) {
  test(`export menu and briefing at ${viewport.label} px`, async ({ page }) => {
    await serveWithObservations(page);
    await page.setViewportSize(viewport);
    await page.goto('/?asOf=2025-01-15');
    await openExportMenu(page);
    const menu = page.getByRole('button', { name: '本页图片（PNG）' });
    await expect(menu).toBeVisible();
    // The open menu stays inside the viewport.
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `${OUT}/menu-${viewport.label}.png` });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await page.goto('/report?asOf=2025-01-15&plan=beijing-14th-fyp-worker-development');
    // A chart for each of the plan's three indicators with reports (studios, union coverage,
    // collective contracts); the other three are one list, never an empty chart.
    await expect(page.locator('.report-chart .recharts-wrapper > svg')).toHaveCount(3);
    await expect(page.locator('.report-no-data li')).toHaveCount(3);
    await page.screenshot({ path: `${OUT}/report-${viewport.label}.png`, fullPage: true });
  });
}
