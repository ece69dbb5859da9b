// The prerendered overview: what the build writes into index.html, when the browser may hydrate
// it, and that hydrating it with the embedded data matches the HTML exactly.
import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  injectPrerender,
  inlineStylesheet,
  routeShellFiles,
} from '../../scripts/lib/prerender-html';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { renderOverview } from '../../src/entry-server';
import { createI18n } from '../../src/lib/i18n';
import {
  canHydrate,
  MarkLive,
  PRERENDER_DATA_ID,
  RenderDay,
  primeQueries,
  readPrerendered,
  serializePayload,
  type PrerenderPayload,
} from '../../src/lib/prerendered';
import { createQueryClient } from '../../src/lib/query-client';
import { realApiData } from '../utils/real-api';

const DAY = '2026-11-24';
const SHELL = '<html><body>\n    <div id="root"></div>\n  </body></html>';

// Tells React that act() is in use here, as Testing Library's render() does for other tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => document.body.replaceChildren());

describe('prerendered HTML', () => {
  it('puts the markup into #root and the data into a JSON script, never as code', () => {
    const page = injectPrerender(SHELL, '<main>hi</main>', '{"a":1}', PRERENDER_DATA_ID);
    expect(page).toContain('<div id="root" aria-disabled="true"><main>hi</main></div>');
    expect(page).toMatch(
      /<script type="application\/json" id="prerender-data">\{"a":1\}<\/script>\s*<\/body>/,
    );
    expect(() => injectPrerender(SHELL, '', '"</script>"', PRERENDER_DATA_ID)).toThrow(/escaped/);
    expect(() => injectPrerender('<div id="root">x</div>', '', '{}', 'x')).toThrow(/empty/);
  });

  it('inlines the stylesheet, so the first paint waits for no second request', () => {
    const page = '<head><link rel="stylesheet" crossorigin href="/assets/style-A1.css"></head>';
    expect(inlineStylesheet(page, '/assets/style-A1.css', 'a{color:red}</style>')).toBe(
      '<head><style>a{color:red}<\\/style></style></head>',
    );
    expect(() => inlineStylesheet(page, '/assets/other.css', '')).toThrow(/no <link/);
  });

  it('gives every other route the plain page', () => {
    expect(routeShellFiles(['a-b'])).toEqual([
      'compare.html',
      'methodology.html',
      'indicator/a-b.html',
    ]);
  });

  it('round-trips the payload, even with "</script>" in a name, and rejects a damaged one', () => {
    const { catalog, indicators } = realApiData();
    const hostile = {
      ...indicators[0]!,
      name: { zh: '</script><script>alert(1)</script>', en: 'x' },
    };
    const payload: PrerenderPayload = { day: DAY, catalog, indicators: [hostile] };
    const json = serializePayload(payload);
    expect(json).not.toContain('<');
    document.body.innerHTML = injectPrerender(SHELL, '', json, PRERENDER_DATA_ID);
    expect(readPrerendered(document)).toEqual(payload);
    document.getElementById(PRERENDER_DATA_ID)!.textContent = json.slice(0, -10);
    expect(readPrerendered(document)).toBeNull();
  });

  it('hydrates only the plain overview, in Chinese', () => {
    const start = { pathname: '/', search: '', language: 'zh' };
    expect(canHydrate(start)).toBe(true);
    expect(canHydrate({ ...start, language: 'en' })).toBe(false);
    expect(canHydrate({ ...start, search: '?plan=x' })).toBe(false);
    expect(canHydrate({ ...start, search: '?demo' })).toBe(false);
    expect(canHydrate({ ...start, pathname: '/compare' })).toBe(false);
  });
});

describe('server render, then hydration', () => {
  async function hydrate(today: string) {
    const { html, payload } = renderOverview(realApiData(), DAY);
    const container = document.createElement('div');
    container.innerHTML = html;
    container.setAttribute('aria-disabled', 'true');
    document.body.append(container);
    const server = {
      heading: container.querySelector('h1'),
      card: container.querySelector('article.indicator-card'),
      cards: container.querySelectorAll('article.indicator-card').length,
    };
    const queryClient = createQueryClient();
    primeQueries(queryClient, payload);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(
        container,
        <StrictMode>
          <Providers queryClient={queryClient} i18n={createI18n()}>
            <MarkLive container={container}>
              <RenderDay renderedDay={payload.day} today={today}>
                {(day) => <App today={day} />}
              </RenderDay>
            </MarkLive>
          </Providers>
        </StrictMode>,
        { onRecoverableError: (error) => errors.push(error) },
      );
    });
    // The charts render after hydration (lazily, as the page goes live): let their code load.
    await act(() => import('../../src/features/overview/components/progress-chart'));
    return { container, server, errors };
  }

  it('renders every card on the server and hydrates without a mismatch', async () => {
    const { container, server, errors } = await hydrate(DAY);
    expect(server.cards).toBe(realApiData().indicators.length);
    expect(server.heading?.textContent).toBe('指标总览');
    expect(errors).toEqual([]);
    expect(container.hasAttribute('aria-disabled')).toBe(false);
    // Hydrated, not replaced: the server's nodes are still the ones on the page.
    expect(container.querySelector('h1')).toBe(server.heading);
    expect(container.querySelector('article.indicator-card')).toBe(server.card);
  });

  it('on a later day, hydrates the same nodes, then updates them to that day', async () => {
    const { container, server, errors } = await hydrate('2026-12-03');
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(server.heading);
    expect(container.querySelector('article.indicator-card')).toBe(server.card);
    expect(container.querySelector('.as-of')?.textContent).toBe('截至 2026年12月3日');
  });
});
