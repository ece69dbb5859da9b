// Names, notes and quotes are typed or pasted by people: markup, script URLs,
// emoji and maximum-length names must all come out as plain text, never as live HTML.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../mocks/node';
import type { ApiData } from '../../mocks/api-handlers';
import type { Localized } from '../../src/domain/dataset/schema';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  // A bidi override ("\u202E反转文字 gnp.exe") is refused in names and titles by the schema itself
  // (tests/data-check), so it never reaches a page; another markup attack stands in its place.
  '"><svg onload=alert(1)>',
  '👷‍♀️🏗️ 工地 🚧',
  `${'很长的名称'.repeat(23)}五个字结尾`, // 120 characters, the schema's maximum
];

const both = (text: string): Localized => ({ zh: text, en: text });

/** The curated data with a hostile string in every free-text field people fill in. */
function hostileData(): ApiData {
  const real = realApiData();
  const pick = (i: number) => HOSTILE[i % HOSTILE.length]!;
  const indicators = real.indicators.map((indicator, i) => ({
    ...indicator,
    name: both(i < HOSTILE.length ? pick(i) : `${pick(i)}#${i}`.slice(-120)),
    note: both(pick(i + 1)),
    target: { ...indicator.target, citation: { ...indicator.target.citation, quote: pick(i + 2) } },
    // Every indicator gets a (test-only) report, so each draws a card with the hostile name.
    observations: [
      {
        date: '2026-06-30',
        value: Math.round(indicator.target.value / 2),
        citation: { source: 'test-fixture', quote: 'test' },
      },
    ].map((o) => ({
      ...o,
      note: both(pick(i + 3)),
      citation: { ...o.citation, quote: `${pick(i + 4)} ${o.value}` },
    })),
    references: indicator.references?.map((r) => ({ ...r, label: both(pick(i + 5)) })),
  }));
  const plans = real.catalog.plans.map((plan, i) => ({
    ...plan,
    title: both(`${pick(i + 2)} ${plan.title.zh}`.slice(0, 120)),
    issuer: both(pick(i)),
  }));
  const sources = real.catalog.sources.map((s, i) => ({ ...s, title: both(pick(i + 3)) }));
  const series = real.catalog.series.map((one, i) => ({
    ...one,
    name: both(pick(i)),
    note: both(pick(i + 1)),
  }));
  return { catalog: { ...real.catalog, plans, sources, series }, indicators };
}

const data = hostileData();
const server = createTestServer(() => data);
const alertSpy = vi.fn();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.stubGlobal('alert', alertSpy);
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

/** Nothing the data said became an element, an event handler or a script URL. */
function expectInert() {
  expect(document.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
  for (const element of document.body.querySelectorAll('*'))
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/^on/i);
      if (URL_ATTRIBUTES.has(attribute.name))
        expect(attribute.value).not.toMatch(/^\s*javascript:/i);
    }
  expect(alertSpy).not.toHaveBeenCalled();
}

describe('hostile strings in the data', () => {
  it('show as literal text on the overview and never run', async () => {
    renderApp('/');
    await waitFor(() =>
      expect(screen.getAllByRole('article')).toHaveLength(
        data.indicators.length + data.catalog.series.length,
      ),
    );
    for (const name of HOSTILE) {
      const card = screen
        .getAllByRole('article', { name })
        .find((c) => c.matches('.indicator-card:not(.series-card)'))!;
      expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(name);
      expect(
        within(card).getByRole('progressbar', { name: `${name}完成进度` }),
      ).toBeInTheDocument();
    }
    for (const plan of data.catalog.plans.filter((p) =>
      data.indicators.some((i) => i.plan === p.id),
    ))
      expect(screen.getByRole('heading', { level: 2, name: plan.title.zh })).toBeInTheDocument();
    expect(screen.getAllByText(HOSTILE[0]!, { exact: false }).length).toBeGreaterThan(1);
    expectInert();
  });

  it.each(HOSTILE.map((name, i) => ({ name, id: data.indicators[i]!.id })))(
    'show as literal text on the detail page of "$name"',
    async ({ name, id }) => {
      renderApp(`/indicator/${id}`);
      const heading = await screen.findByRole('heading', { level: 1, name });
      expect(heading.textContent).toBe(name);
      await waitFor(() =>
        expect(document.querySelectorAll('blockquote').length).toBeGreaterThan(0),
      );
      const quotes = [...document.querySelectorAll('blockquote')].map((q) => q.textContent);
      expect(quotes.some((q) => HOSTILE.some((h) => q?.includes(h)))).toBe(true);
      expectInert();
    },
  );

  it('show as literal text on the compare page', async () => {
    const ids = data.indicators.slice(0, HOSTILE.length).map((i) => i.id);
    renderApp(`/compare?ids=${ids.join(',')}`);
    await screen.findByRole('heading', { level: 1, name: '指标对比' });
    await waitFor(() => expect(screen.getAllByText(HOSTILE[0]!).length).toBeGreaterThan(0));
    expectInert();
  });

  it('refuse a source link that is not http(s), so it can never become an href', async () => {
    const [first, ...rest] = data.catalog.sources;
    const catalog = {
      ...data.catalog,
      sources: [{ ...first!, url: 'javascript:alert(1)' }, ...rest],
    };
    server.use(http.get('*/api/plans.json', () => HttpResponse.json(catalog)));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('不符合要求');
    expectInert();
  });
});
