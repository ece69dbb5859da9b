// The prerendered pages (the overview and each indicator's): what the build writes into their
// files, when the browser may hydrate them, and that hydrating with the embedded data matches the
// HTML exactly.
import { act, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  injectPrerender,
  inlineStylesheet,
  routeShellFiles,
  withTitle,
} from '../../scripts/lib/prerender-html';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { renderPages } from '../../src/entry-server';
import { createI18n } from '../../src/lib/i18n/index';
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
import { withObservations } from '../utils/test-data';
import { overviewCardCount } from '../utils/overview-cards';

const DAY = '2026-11-24';
const SHELL = '<html><body>\n    <div id="root"></div>\n  </body></html>';

// Tells React that act() is in use here, as Testing Library's render() does for other tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => document.body.replaceChildren());

describe('prerendered HTML', () => {
  it('puts the markup into #root and the data into a JSON script, never as code', () => {
    const marks = { path: '/', day: DAY };
    const page = injectPrerender(SHELL, '<main>hi</main>', '{"a":1}', PRERENDER_DATA_ID, marks);
    expect(page).toContain(
      `<div id="root" data-path="/" data-day="${DAY}" data-day-from="${Date.parse('2026-11-23T16:00:00Z')}"` +
        ` data-day-until="${Date.parse('2026-11-24T16:00:00Z')}" data-complete="true"><main>hi</main></div>`,
    );
    expect(page).toMatch(
      /<script type="application\/json" id="prerender-data">\{"a":1\}<\/script>\s*<\/body>/,
    );
    expect(() => injectPrerender(SHELL, '', '"</script>"', PRERENDER_DATA_ID, marks)).toThrow(
      /escaped/,
    );
    expect(() => injectPrerender('<div id="root">x</div>', '', '{}', 'x', marks)).toThrow(/empty/);
  });

  it('marks a page with a part left for the browser to draw as not complete', () => {
    const marks = { path: '/indicator/"a&b"', day: DAY };
    const html = '<figure><div class="chart-frame" data-needs-script=""></div></figure>';
    const page = injectPrerender(SHELL, html, '{}', PRERENDER_DATA_ID, marks);
    expect(page).toContain('data-path="/indicator/&quot;a&amp;b&quot;"');
    expect(page).toContain('data-complete="false"');
  });

  it('inlines the stylesheet, so the first paint waits for no second request', () => {
    const page = '<head><link rel="stylesheet" crossorigin href="/assets/style-A1.css"></head>';
    expect(inlineStylesheet(page, '/assets/style-A1.css', 'a{color:red}</style>')).toBe(
      '<head><style>a{color:red}<\\/style></style></head>',
    );
    expect(() => inlineStylesheet(page, '/assets/other.css', '')).toThrow(/no <link/);
  });

  it('gives each page its own <title>, escaped as text', () => {
    const head = '<head><title>规划指标看板 · Plan Tracker</title></head>';
    expect(withTitle(head, 'A<b> & C · 规划指标看板')).toBe(
      '<head><title>A&lt;b&gt; &amp; C · 规划指标看板</title></head>',
    );
    expect(() => withTitle('<head></head>', 'x')).toThrow(/no <title>/);
  });

  it('gives every route that is not prerendered the plain page', () => {
    expect(routeShellFiles()).toEqual([
      'compare.html',
      'methodology.html',
      'present.html',
      'report.html',
      'snapshot.html',
    ]);
  });

  it('round-trips the payload, even with "</script>" in a name, and rejects a damaged one', () => {
    const { catalog, indicators } = realApiData();
    const hostile = {
      ...indicators[0]!,
      name: { zh: '</script><script>alert(1)</script>', en: 'x' },
    };
    const payload: PrerenderPayload = {
      day: DAY,
      catalog,
      page: 'overview',
      indicators: [hostile],
    };
    const json = serializePayload(payload);
    expect(json).not.toContain('<');
    document.body.innerHTML = injectPrerender(SHELL, '', json, PRERENDER_DATA_ID, {
      path: '/',
      day: DAY,
    });
    expect(readPrerendered(document)).toEqual(payload);
    const indicatorPage: PrerenderPayload = {
      day: DAY,
      catalog,
      page: 'indicator',
      indicator: hostile,
    };
    document.getElementById(PRERENDER_DATA_ID)!.textContent = serializePayload(indicatorPage);
    expect(readPrerendered(document)).toEqual(indicatorPage);
    document.getElementById(PRERENDER_DATA_ID)!.textContent = json.slice(0, -10);
    expect(readPrerendered(document)).toBeNull();
    document.getElementById(PRERENDER_DATA_ID)!.textContent = JSON.stringify({
      ...payload,
      page: 'x',
    });
    expect(readPrerendered(document)).toBeNull();
  });

  it('hydrates only the page the HTML was rendered for, plain, in Chinese', () => {
    const { indicators } = realApiData();
    const overview = { page: 'overview', indicators } as const;
    const start = { pathname: '/', search: '', language: 'zh' };
    expect(canHydrate(start, overview)).toBe(true);
    expect(canHydrate({ ...start, language: 'en' }, overview)).toBe(false);
    expect(canHydrate({ ...start, search: '?plan=x' }, overview)).toBe(false);
    expect(canHydrate({ ...start, search: '?demo' }, overview)).toBe(false);
    expect(canHydrate({ ...start, pathname: '/compare' }, overview)).toBe(false);
    const detail = { page: 'indicator', indicator: indicators[1]! } as const;
    const path = `/indicator/${indicators[1]!.id}`;
    expect(canHydrate({ ...start, pathname: path }, detail)).toBe(true);
    expect(canHydrate({ ...start, pathname: path, search: '?asOf=2025-01-01' }, detail)).toBe(
      false,
    );
    expect(canHydrate({ ...start, pathname: `/indicator/${indicators[0]!.id}` }, detail)).toBe(
      false,
    );
    expect(canHydrate(start, detail)).toBe(false);
  });
});

/** The build's pages, rendered once for this file. */
const pages = renderPages(realApiData(), DAY);

describe('server render, then hydration', () => {
  async function hydrate(today: string, path = '/', from = pages) {
    const page = (await from).find((rendered) => rendered.path === path);
    if (!page) throw new Error(`${path} was not prerendered`);
    const { html, payload } = page;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const server = {
      heading: container.querySelector('h1'),
      card: container.querySelector('article.indicator-card'),
      cards: container.querySelectorAll('article.indicator-card').length,
    };
    // "Today" comes from the clock (Beijing's day): noon there on the given day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T12:00:00+08:00`));
    const queryClient = createQueryClient();
    primeQueries(queryClient, payload);
    window.history.replaceState(null, '', path);
    const errors: unknown[] = [];
    await act(async () => {
      roots.push(
        hydrateRoot(
          container,
          <StrictMode>
            <Providers queryClient={queryClient} i18n={createI18n()}>
              <MarkLive container={container}>
                <RenderDay renderedDay={payload.day}>{(day) => <App today={day} />}</RenderDay>
              </MarkLive>
            </Providers>
          </StrictMode>,
          { onRecoverableError: (error) => errors.push(error) },
        ),
      );
    });
    return { container, server, errors };
  }

  const roots: Root[] = [];
  afterEach(() => {
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('renders every card on the server and hydrates without a mismatch', async () => {
    const { container, server, errors } = await hydrate(DAY);
    expect(server.cards).toBe(overviewCardCount(realApiData(), DAY));
    expect(server.heading?.textContent).toBe('指标总览');
    expect(errors).toEqual([]);
    expect(container.dataset.live).toBe('true');
    // Hydrated, not replaced: the server's nodes are still the ones on the page.
    expect(container.querySelector('h1')).toBe(server.heading);
    expect(container.querySelector('article.indicator-card')).toBe(server.card);
  });

  it("draws each plan's progress chart in the server's HTML, and hydration keeps it", async () => {
    // The real dataset has no reports yet that put a plan on a chart: add (test) reports.
    const reported = renderPages(
      withObservations({
        'worker-innovation-studios': [['2024-06-30', 5000]],
        'model-workers-into-schools-coverage': [['2025-06-30', 40]],
        'inclusive-childcare-share-2026': [['2026-06-30', 60]],
      }),
      DAY,
    );
    const page = (await reported).find((rendered) => rendered.path === '/')!;
    const html = document.createElement('div');
    html.innerHTML = page.html;
    const charts = [...html.querySelectorAll('.plan-section .chart-figure')];
    expect(charts.length).toBeGreaterThan(0);
    expect(html.querySelector('.chart-placeholder')).toBeNull();
    for (const figure of charts) {
      // The chart draws the rows its table lists (no plan here has more than the cap of 20).
      const tableNames = [...figure.querySelectorAll('tbody tr')].map(
        (row) => row.querySelector('td, th')?.textContent,
      );
      const names = [...figure.querySelectorAll('.progress-chart__name')].map((n) => n.textContent);
      expect(names.length).toBeGreaterThan(0);
      expect(names).toEqual(tableNames);
      expect(figure.querySelectorAll('.progress-chart__bar')).toHaveLength(names.length);
      for (const value of figure.querySelectorAll('.progress-chart__value'))
        expect(value.textContent).toMatch(/^(-?\d+%|暂无数据)$/);
      expect(
        [...figure.querySelectorAll('.progress-chart__axis text')].map((t) => t.textContent),
      ).toEqual(['0%', '25%', '50%', '75%', '100%']);
    }
    const serverChart = html.querySelector('.progress-chart')!.outerHTML;
    const { container, errors } = await hydrate(DAY, '/', reported);
    expect(errors).toEqual([]);
    const chart = container.querySelector('.progress-chart');
    expect(chart?.querySelectorAll('.progress-chart__name')).toHaveLength(
      charts[0]!.querySelectorAll('.progress-chart__name').length,
    );
    // Hydrated and live, the chart is still exactly the server's drawing.
    expect(chart?.outerHTML).toBe(serverChart);
  });

  it('on a later day, hydrates the same nodes, then updates them to that day', async () => {
    const { container, server, errors } = await hydrate('2026-12-03');
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(server.heading);
    expect(container.querySelector('article.indicator-card')).toBe(server.card);
    expect(container.querySelector('.as-of')?.textContent).toBe('截至 2026年12月3日');
  });

  it('renders each indicator page on the server, lazy page included, and hydrates it in place', async () => {
    const indicator = realApiData().indicators.find((i) => i.id === 'worker-innovation-studios')!;
    const path = `/indicator/${indicator.id}`;
    const rendered = (await pages).find((page) => page.path === path)!;
    // The history chart is drawn in the HTML: grid, the expected path, the target and its dot,
    // value and date labels and the legend (no placeholder waiting for a chart library).
    const html = document.createElement('div');
    html.innerHTML = rendered.html;
    const chart = html.querySelector('.history-chart')!;
    expect(html.querySelector('.chart-placeholder')).toBeNull();
    expect(chart.querySelectorAll('svg[data-chart-surface] polyline').length).toBeGreaterThan(1);
    expect(chart.querySelector('.history-chart__y')?.textContent).toContain('8000家');
    expect(chart.querySelector('.history-chart__x')?.textContent).toContain('2023年1月1日');
    expect(chart.querySelector('.chart-legend')?.textContent).toContain('目标（期限）');
    const { container, server, errors } = await hydrate(DAY, path);
    expect(server.heading?.textContent).toBe(indicator.name.zh);
    const serverChart = container.querySelector('.history-chart svg');
    expect(container.textContent).toContain('8000');
    // The page's own module loads during hydration; React keeps the server's nodes meanwhile.
    await act(() => import('../../src/features/indicator/indicator-page'));
    expect(errors).toEqual([]);
    expect(container.dataset.live).toBe('true');
    expect(container.querySelector('h1')).toBe(server.heading);
    // Hydrated in place, without a mismatch: the chart's nodes are the server's.
    expect(serverChart).not.toBeNull();
    expect(container.querySelector('.history-chart svg')).toBe(serverChart);
    expect((await pages).find((page) => page.path === path)?.title).toBe(
      '职工创新工作室数量 · 规划指标看板',
    );
    const paths = (await pages).map((page) => page.path);
    // The embeds follow the app's pages (their own files, checked in present-embed.spec.ts).
    expect(paths.filter((p) => !p.startsWith('/embed/'))).toEqual([
      '/',
      ...realApiData().indicators.map((i) => `/indicator/${i.id}`),
      ...realApiData().catalog.series.map((s) => `/series/${s.id}`),
    ]);
    expect(paths).toContain(`/embed/indicator/${indicator.id}`);
  });

  it('renders each series page on the server and hydrates it in place', async () => {
    const path = '/series/surveyed-unemployment-rate';
    const { container, server, errors } = await hydrate(DAY, path);
    expect(server.heading?.textContent).toBe('城镇调查失业率');
    expect(container.textContent).toContain('优于目标 0.9个百分点');
    await act(() => import('../../src/features/series/series-page'));
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(server.heading);
    expect((await pages).find((page) => page.path === path)?.title).toBe(
      '城镇调查失业率 · 规划指标看板',
    );
  });
});
