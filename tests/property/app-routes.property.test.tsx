// Any link someone pastes must open a usable page: the app at a random path and query
// renders without an uncaught error and shows either a real page or "not found" with a way back.
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const KNOWN = ['/', '/compare', '/methodology', `/indicator/${data.indicators[0]!.id}`];
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('%', '/', '?', '#', '&', '=', '.', 'E', '0', 'a'),
    maxLength: 30,
  }),
);
const path = fc.oneof(
  fc.webPath(),
  junk.map((text) => `/${text}`),
  fc.tuple(fc.constantFrom(...KNOWN), junk).map(([route, text]) => `${route}${text}`),
  fc.constantFrom(...KNOWN, '/indicator/%E0%A4%A', '/indicator/..%2F..', '//', '/%'),
  // Line breaks and separators, which wouter decodes and "*" does not match (a real blank page once).
  fc.constantFrom('/%0a', '/compare%0d', '/%E2%80%A8', '/indicator/%0a'),
);
const query = fc.oneof(
  fc.constant(''),
  fc.webQueryParameters().map((q) => `?${q}`),
  junk.map((text) => `?${text}`),
  fc
    .tuple(fc.constantFrom('plan', 'status', 'asOf', 'ids', 'lang', 'q', 'demo'), junk)
    .map(([key, value]) => `?${key}=${value}`),
);

// A blank page or a crash has no non-empty h1.
const PAGE_HEADING = /\S/;
// Paths some route may claim; everything else must be "not found".
const KNOWN_PATH = /^\/(?:compare|methodology|indicator\/[^/]+)?\/?$/;

describe('the app at a random URL', () => {
  it('renders a page with a heading, or "not found" with a link back, and never crashes', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    vi.spyOn(console, 'error').mockImplementation((...args) => uncaught.push(args));
    await fc.assert(
      fc.asyncProperty(path, query, async (p, q) => {
        // What the browser's location would hold for this link: encoded, hash dropped.
        const parsed = new URL(`http://localhost${p}${q}`);
        try {
          renderApp(`${parsed.pathname}${parsed.search}`);
          const heading = await screen.findByRole('heading', { level: 1 });
          expect(heading.textContent).toMatch(PAGE_HEADING);
          if (parsed.pathname === '/') expect(heading).toHaveTextContent('指标总览');
          if (!KNOWN_PATH.test(parsed.pathname)) expect(heading).toHaveTextContent('页面不存在');
          if (heading.textContent === '页面不存在')
            expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/');
          expect(uncaught).toEqual([]);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 150 },
    );
    window.removeEventListener('error', onError);
  }, 120_000);
});
