// Demo mode in the browser: MSW's service worker answers /api/… with generated data.
// Only ever loaded through a dynamic import, so a normal visit never downloads msw.
import { bypass } from 'msw';
import { setupWorker } from 'msw/browser';
import { todayIso } from '../src/domain/evaluation/dates';
import { EXPORT_FRAME_NAME } from '../src/lib/export/frame-name';
import { catalogSchema, indicatorListSchema } from '../src/domain/dataset/schema';
import type { DemoParams } from '../src/lib/demo-params';
import type { ApiData } from './api-handlers';
import { demoHandlers } from './demo-handlers';

async function fetchReal<T>(path: string, schema: { parse: (input: unknown) => T }): Promise<T> {
  const url = new URL(`${import.meta.env.BASE_URL}api/${path}`, globalThis.location.href);
  // bypass() marks the request so the worker lets it through to the real static file.
  const response = await fetch(bypass(url));
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

/** The real catalog and indicators, straight from the static API the build emitted. */
export async function loadRealApiData(): Promise<ApiData> {
  const [catalog, indicators] = await Promise.all([
    fetchReal('plans.json', catalogSchema),
    fetchReal('indicators.json', indicatorListSchema),
  ]);
  return { catalog, indicators };
}

/**
 * Registers the worker and resolves once it answers; rejects when the browser cannot run it.
 * `today` is read on each request, so the figures follow the day past midnight.
 */
export async function startDemoWorker(params: DemoParams, today: () => string = todayIso) {
  // The data is generated while the service worker registers, not after it asks for it; but
  // not in a page image's frame, which is handed the page's data and asks for none.
  const generateNow = window.name !== EXPORT_FRAME_NAME;
  const handlers = demoHandlers(loadRealApiData, params, today, { generateNow });
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
