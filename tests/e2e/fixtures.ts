// Browser tests that need statuses the curated data cannot show yet add test-only
// observations to the real API answer in flight (never to data/).
import type { Page } from '@playwright/test';

type Extra = Record<string, [date: string, value: number][]>;

export const TEST_OBSERVATIONS: Extra = {
  'worker-innovation-studios': [
    ['2023-06-30', 4200],
    ['2025-06-30', 8240],
  ],
  'union-coverage-rate': [['2024-12-31', 40]],
  'collective-contract-rate-100plus': [['2024-12-31', 30]],
};

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
    const response = await route.fetch();
    const list = (await response.json()) as { id: string; observations: unknown[] }[];
    await route.fulfill({ response, json: list.map(add) });
  });
  await page.route('**/api/indicators/*.json', async (route) => {
    const response = await route.fetch();
    if (!response.ok()) return route.fulfill({ response });
    await route.fulfill({
      response,
      json: add((await response.json()) as { id: string; observations: unknown[] }),
    });
  });
}
