// MSW handlers for the /api/… contract. They describe success only; tests add failures
// per test with server.use(...), and demo mode feeds them generated data.
import { http, HttpResponse } from 'msw';
import type { Catalog, Indicator } from '../src/domain/dataset/schema';

export type ApiData = { catalog: Catalog; indicators: Indicator[] };

/** Array items per streamed piece: enough to keep the overhead small, few enough to overlap. */
const ITEMS_PER_PIECE = 500;

/**
 * The text of JSON.stringify(items), encoded a piece at a time as the reader asks for more. In
 * the browser msw hands the stream itself to its service worker, so the worker and the page
 * receive the first pieces while the rest are still being written, instead of waiting for one
 * 24 MB text (10,000 demo indicators) to be written and encoded whole.
 */
export function jsonArrayStream(items: readonly unknown[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const end = Math.min(items.length, next + ITEMS_PER_PIECE);
      const piece = items
        .slice(next, end)
        // As JSON.stringify writes an array's item that has no JSON form.
        .map((item) => JSON.stringify(item) ?? 'null')
        .join(',');
      const open = next === 0 ? '[' : ',';
      const close = end === items.length ? ']' : '';
      controller.enqueue(encoder.encode(`${open}${piece}${close}`));
      next = end;
      if (next === items.length) controller.close();
    },
  });
}

/**
 * HttpResponse.json, less its Content-Length: msw sizes that by encoding the whole text once
 * more, which for 10,000 demo indicators is a noticeable part of the wait. A long array is
 * streamed (jsonArrayStream).
 */
function jsonAnswer(body: unknown, headers: Record<string, string>): Response {
  const text =
    Array.isArray(body) && body.length > ITEMS_PER_PIECE
      ? jsonArrayStream(body)
      : JSON.stringify(body);
  return new Response(text, { headers: { 'Content-Type': 'application/json', ...headers } });
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
