// A plain visit of a complete prerendered page reads without the app: the entry script waits
// for the first sign of use, fetching only React ahead (with the entry, after the first paint)
// and running it while the page is idle (src/boot.ts).
// What the visitor does before the app is live is not lost: it is done again once it is.
import { expect, test, type Page } from '@playwright/test';

const FIRST_VISIT = ['boot-shared', 'index', 'rolldown-runtime', 'vendor', 'warm-vendor'];

/**
 * Waits until React has been run ahead (1.5 s after the load event, src/boot.ts) and a
 * moment more, then says which scripts the page fetched.
 */
async function firstVisitScripts(page: Page, scripts: string[]) {
  await expect.poll(() => scripts.includes('warm-vendor'), { timeout: 10_000 }).toBe(true);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return [...scripts].sort();
}

/** The scripts the page fetched, by file name without the hash. */
function watchScripts(page: Page) {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      names.push(
        new URL(request.url()).pathname.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''),
      );
  });
  return names;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a plain visit of / fetches the entry and React only (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const scripts = watchScripts(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(await firstVisitScripts(page, scripts)).toEqual(FIRST_VISIT);
    await expect(page.locator('#root')).not.toHaveAttribute('data-live');
    // Everything a first visit reads is there: the heading, the cards, the series' charts.
    await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
  });
}

test('a filter changed before the app is live applies once it is', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.locator('#root')).not.toHaveAttribute('data-live');
  const count = page.locator('.filter-bar__count');
  const before = await count.textContent();
  const plan = page.getByRole('combobox', { name: '规划' });
  // Chosen through the keyboard-free path (no pointer, no key): the change itself starts the app.
  await plan.selectOption({ index: 1 });
  const chosen = await plan.inputValue();
  await expect(page.locator('#root')).toHaveAttribute('data-live', 'true');
  await expect(page).toHaveURL(new RegExp(`[?&]plan=${chosen}`));
  await expect(count).not.toHaveText(before ?? '');
  await expect(plan).toHaveValue(chosen);
});

test('typed search text and a pressed button before the app is live are done again', async ({
  page,
}) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  const search = page.getByRole('searchbox');
  await search.fill('失业');
  await expect(page.locator('#root')).toHaveAttribute('data-live', 'true');
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(search).toHaveValue('失业');
  await expect(page.getByRole('article', { name: '城镇调查失业率' })).toBeVisible();
});

test('a page whose view the HTML does not show starts its app at once', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto('/?status=achieved');
  await expect(page.locator('#root')).toHaveAttribute('data-live', 'true');
  expect(scripts).toContain('main');
});

test('an indicator page waits too, and a pointer resting on its chart gets the tooltip once live', async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await page.goto('/indicator/worker-innovation-studios', { waitUntil: 'networkidle' });
  expect(await firstVisitScripts(page, scripts)).toEqual(FIRST_VISIT);
  await expect(page.locator('#root')).not.toHaveAttribute('data-live');
  // The chart is in the HTML; hovering it is the first sign of use.
  const plot = page.locator('.history-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#root')).toHaveAttribute('data-live', 'true');
  await expect(page.getByRole('tooltip')).toBeVisible();
});
