// MSW handlers for the /api/… contract. They describe success only; tests add failures
// per test with server.use(...), and demo mode feeds them generated data.
import { http, HttpResponse } from 'msw';
import type { Catalog, Indicator } from '../src/domain/dataset/schema';

export type ApiData = { catalog: Catalog; indicators: Indicator[] };

/**
 * HttpResponse.json, less its Content-Length: msw sizes that by encoding the whole text once
 * more, which for 10,000 demo indicators is a noticeable part of the wait.
 */
function jsonAnswer(body: unknown, headers: Record<string, string>): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** `headers` go on every successful answer (demo mode marks its generated answers so). */
export function apiHandlers(
  getData: () => ApiData | Promise<ApiData>,
  headers: Record<string, string> = {},
) {
  return [
    http.get('*/api/plans.json', async () => jsonAnswer((await getData()).catalog, headers)),
    http.get('*/api/indicators.json', async () =>
      jsonAnswer((await getData()).indicators, headers),
    ),
    http.get('*/api/indicators/:file', async ({ params }) => {
      const id = String(params.file).replace(/\.json$/, '');
      const indicator = (await getData()).indicators.find((item) => item.id === id);
      return indicator ? jsonAnswer(indicator, headers) : new HttpResponse(null, { status: 404 });
    }),
  ];
}
