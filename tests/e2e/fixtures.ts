// Browser tests that need statuses the curated data cannot show yet add test-only
// observations to the real API answer in flight (never to data/).
import { expect, type APIResponse, type Page, type Route } from '@playwright/test';

type Extra = Record<string, [date: string, value: number][]>;

export const TEST_OBSERVATIONS: Extra = {
  'worker-innovation-studios': [
    ['2023-06-30', 4200],
    ['2025-06-30', 8240],
  ],
  'union-coverage-rate': [['2024-12-31', 40]],
  'collective-contract-rate-100plus': [['2024-12-31', 30]],
};

/** The real answer, or none when the network is down: then the page's request fails as well. */
async function fetchOrFail(route: Route): Promise<APIResponse | null> {
  try {
    return await route.fetch();
  } catch {
    await route.abort('internetdisconnected');
    return null;
  }
}

export async function serveWithObservations(page: Page, extra: Extra = TEST_OBSERVATIONS) {
  const add = (indicator: { id: string; observations: unknown[] }) => ({
    ...indicator,
    observations: (extra[indicator.id] ?? []).map(([date, value]) => ({
      date,
      value,
      citation: { source: 'test-fixture', quote: 'test' },
    })),
  });
  await page.route('**/api/indicators.json', async (route) => {
    const response = await fetchOrFail(route);
    if (!response) return;
    const list = (await response.json()) as { id: string; observations: unknown[] }[];
    await route.fulfill({ response, json: list.map(add) });
  });
  await page.route('**/api/indicators/*.json', async (route) => {
    const response = await fetchOrFail(route);
    if (!response) return;
    if (!response.ok()) return route.fulfill({ response });
    await route.fulfill({
      response,
      json: add((await response.json()) as { id: string; observations: unknown[] }),
    });
  });
}

/**
 * A plain visit of a complete prerendered page loads the app on the first sign of use
 * (src/boot.ts): a pointer moving over the page is one. Resolves once the app is live.
 */
export async function waitForLiveApp(page: Page) {
  // The entry itself comes only after the first paint: until it listens, moves go unheard.
  let x = 3;
  await expect(async () => {
    x = x === 3 ? 6 : 3;
    await page.mouse.move(x, x);
    await expect(page.locator('#root')).toHaveAttribute('data-live', 'true', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}
