// MSW handlers for the /api/… contract. They describe success only; tests add failures
// per test with server.use(...), and demo mode feeds them generated data.
import { http, HttpResponse } from 'msw';
import type { Catalog, Indicator } from '../src/domain/dataset/schema';

export type ApiData = { catalog: Catalog; indicators: Indicator[] };

export function apiHandlers(getData: () => ApiData | Promise<ApiData>) {
  return [
    http.get('*/api/plans.json', async () => HttpResponse.json((await getData()).catalog)),
    http.get('*/api/indicators.json', async () => HttpResponse.json((await getData()).indicators)),
    http.get('*/api/indicators/:file', async ({ params }) => {
      const id = String(params.file).replace(/\.json$/, '');
      const indicator = (await getData()).indicators.find((item) => item.id === id);
      return indicator ? HttpResponse.json(indicator) : new HttpResponse(null, { status: 404 });
    }),
  ];
}
