// How long after the load event a first interaction shows its result, on Lighthouse's mobile
// profile (mobile-profile.ts): (a) on the overview, choosing a status in the filter bar until
// the cards reflect it; (b) on an indicator page, hovering the history chart until its tooltip
// shows. Timed in the page, from the navigation's load event to the first frame showing the
// result (interaction-probes.js), so the time the app needs to start (or hydrate) counts.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { mobilePage } from './mobile-profile';
import { round, spread, type Spread } from './stats';

const PROBE_SCRIPT = readFileSync(new URL('./interaction-probes.js', import.meta.url), 'utf8');
const STATUS_LABEL = /^\s*(状态|Status)\s*$/;
const TIMEOUT_MS = 60_000;

export type Choice = { value: string; label: string; count: number; total: number };
export type InteractionResult = {
  kind: 'filter' | 'tooltip';
  path: string;
  what: string;
  /** Load event → first frame with the result, per load; null when it never came. */
  loads: (number | null)[];
  stats: Spread;
};

const statusSelect = (page: Page) => page.getByRole('search').getByLabel(STATUS_LABEL);

/**
 * The status to choose: the one with the fewest indicators but at least one (read from the
 * prerendered status summary), so the count changes and there are cards to check; else any
 * status that changes the count.
 */
export async function chooseStatus(browser: Browser, baseUrl: string): Promise<Choice> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const options = statusSelect(page).locator('option');
    const values = await Promise.all(
      (await options.all()).map(async (o) => ({
        value: (await o.getAttribute('value')) ?? '',
        label: ((await o.textContent()) ?? '').trim(),
      })),
    );
    const counts = (await page.locator('.status-summary__count').allTextContents()).map(Number);
    const labels = await page.locator('.status-summary__label').allTextContents();
    const total = counts.reduce((sum, n) => sum + n, 0);
    const choices = values
      .filter((o) => o.value !== '')
      .map((o) => ({ ...o, total, count: counts[labels.findIndex((l) => l.includes(o.label))] }))
      .filter((o): o is Choice => o.count !== undefined && o.count !== total);
    const withCards = choices.filter((o) => o.count > 0).sort((a, b) => a.count - b.count);
    const choice = withCards[0] ?? choices[0];
    if (!choice) throw new Error('no status in the filter bar changes what the overview shows');
    return choice;
  } finally {
    await context.close();
  }
}

async function seenAfterLoad(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__benchSeen !== undefined, null, {
    timeout: TIMEOUT_MS,
    polling: 100,
  });
  return (await page.evaluate(
    'window.__benchSeen - performance.getEntriesByType("navigation")[0].loadEventStart',
  )) as number;
}

/** Hovers the figure, then keeps the pointer moving a pixel to and fro as a hand would. */
async function hoverUntilSeen(page: Page, selector: string): Promise<void> {
  const figure = page.locator(selector).first();
  await figure.hover({ timeout: TIMEOUT_MS });
  const box = await figure.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  for (let i = 0; i < TIMEOUT_MS / 50; i += 1) {
    if (await page.evaluate('window.__benchSeen !== undefined')) return;
    await page.mouse.move(x + (i % 2 ? 1 : -1), y);
    await page.waitForTimeout(50);
  }
}

async function loadOnce(
  browser: Browser,
  url: string,
  watch: { kind: 'filtered' | 'tooltip'; label?: string },
  act: (page: Page) => Promise<void>,
): Promise<number | null> {
  const { context, page } = await mobilePage(browser);
  try {
    await page.addInitScript(`window.__benchWatch = ${JSON.stringify(watch)};\n${PROBE_SCRIPT}`);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await act(page);
    return round(await seenAfterLoad(page));
  } catch (error) {
    process.stderr.write(
      `  interaction on ${url} failed: ${(error as Error).message.split('\n')[0]}\n`,
    );
    return null;
  } finally {
    await context.close();
  }
}

function summarize(
  kind: InteractionResult['kind'],
  path: string,
  what: string,
  loads: (number | null)[],
) {
  const done = loads.filter((ms): ms is number => ms !== null);
  return { kind, path, what, loads, stats: spread(done) } satisfies InteractionResult;
}

export async function measureInteractions(
  browser: Browser,
  baseUrl: string,
  indicatorPath: string,
  loads: number,
): Promise<InteractionResult[]> {
  const choice = await chooseStatus(browser, baseUrl);
  const filter: (number | null)[] = [];
  const tooltip: (number | null)[] = [];
  // Alternating, like the Lighthouse runs, so load on the machine falls on both alike.
  for (let i = 1; i <= loads; i += 1) {
    filter.push(
      await loadOnce(browser, `${baseUrl}/`, { kind: 'filtered', label: choice.label }, (page) =>
        statusSelect(page)
          .selectOption(choice.value, { timeout: TIMEOUT_MS })
          .then(() => {}),
      ),
    );
    tooltip.push(
      await loadOnce(browser, `${baseUrl}${indicatorPath}`, { kind: 'tooltip' }, (page) =>
        hoverUntilSeen(page, '#main figure'),
      ),
    );
    process.stderr.write(
      `  interaction ${i}/${loads}: filter ${filter.at(-1)} ms, tooltip ${tooltip.at(-1)} ms\n`,
    );
  }
  return [
    summarize(
      'filter',
      '/',
      `status → ${choice.label} (${choice.count} of ${choice.total})`,
      filter,
    ),
    summarize('tooltip', indicatorPath, 'hover the history chart → tooltip', tooltip),
  ];
}

declare global {
  interface Window {
    __benchSeen?: number;
  }
}
