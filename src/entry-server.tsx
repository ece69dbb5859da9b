// Server entry used only by the build (scripts/prerender.ts): renders the overview and each
// indicator's page to HTML with the real data, as of the build day, exactly as the browser's
// first render will.
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './app/app.tsx';
import { Providers } from './app/providers.tsx';
import { todayIso } from './domain/evaluation/dates.ts';
import { catalogSchema, indicatorListSchema } from './domain/dataset/schema.ts';
import { createI18n } from './lib/i18n/index.ts';
import {
  prerenderedPath,
  primeQueries,
  type PrerenderedPage,
  type PrerenderPayload,
} from './lib/prerendered.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { documentTitle } from './lib/use-document-title.ts';

export { PRERENDER_DATA_ID, prerenderedPath, serializePayload } from './lib/prerendered.tsx';

export type RenderedPage = {
  path: string;
  /** For the page's <title>, as useDocumentTitle sets it once the app runs. */
  title: string;
  html: string;
  payload: PrerenderPayload;
};

/** What renderToString leaves where a Suspense boundary was still waiting: `<!--$!-->` and co. */
const UNFINISHED = /<!--\$[?!]|<template|<script/;

/** How long the lazy page modules may take to land (a loaded machine needs more than a few tries). */
const LAZY_MODULES_LIMIT_MS = 5000;

/**
 * Renders until no Suspense boundary is left waiting. The first pass starts loading the lazy page
 * modules it meets (leaving their fallback); once they have landed, the next renders them.
 */
async function renderComplete(tree: ReactNode, path: string): Promise<string> {
  // performance.now, not Date: tests fake the date, and the limit is real time.
  const giveUpAt = performance.now() + LAZY_MODULES_LIMIT_MS;
  for (;;) {
    const html = renderToString(tree);
    if (!UNFINISHED.test(html)) return html;
    if (performance.now() > giveUpAt) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`prerendering ${path} left a part unrendered (a Suspense boundary kept waiting)`);
}

/** The HTML of one page and the payload the client hydrates it from. */
async function renderPage(
  catalog: PrerenderPayload['catalog'],
  page: PrerenderedPage,
  today: string,
  embed?: { path: string; heading: string },
): Promise<RenderedPage> {
  const payload: PrerenderPayload = { day: today, catalog, ...page };
  const path = embed?.path ?? prerenderedPath(page);
  const queryClient = createQueryClient();
  primeQueries(queryClient, payload);
  const i18n = createI18n();
  const heading = embed
    ? embed.heading
    : page.page === 'overview'
      ? i18n.t('overview.heading')
      : page.page === 'indicator'
        ? page.indicator.name.zh
        : (catalog.series.find((s) => s.id === page.seriesId)?.name.zh ?? '');
  const title = documentTitle(heading, i18n.t('app.title'));
  const tree = (
    <Router ssrPath={path} ssrSearch="">
      <StrictMode>
        <Providers queryClient={queryClient} i18n={i18n}>
          <App today={today} />
        </Providers>
      </StrictMode>
    </Router>
  );
  const html = await renderComplete(tree, path);
  queryClient.clear();
  return { path, title, html, payload };
}

/** The overview, then one page per indicator and per series; throws on invalid data. */
export async function renderPages(
  api: { catalog: unknown; indicators: unknown },
  today = todayIso(),
): Promise<RenderedPage[]> {
  const catalog = catalogSchema.parse(api.catalog);
  const indicators = indicatorListSchema.parse(api.indicators);
  const pages: PrerenderedPage[] = [
    { page: 'overview', indicators },
    ...indicators.map((indicator) => ({ page: 'indicator', indicator }) as const),
    ...catalog.series.map((series) => ({ page: 'series', seriesId: series.id }) as const),
  ];
  const rendered: RenderedPage[] = [];
  // One at a time: the pages share the lazy modules' first load, and the order stays stable.
  for (const page of pages) rendered.push(await renderPage(catalog, page, today));
  // Each embed gets its own file (a static host would otherwise answer with the overview's),
  // seeded with the lists it reads; never hydrated (canHydrate), rendered afresh from the cache.
  const embeds = [
    ...indicators.map((i) => ({ path: `/embed/indicator/${i.id}`, heading: i.name.zh })),
    ...catalog.plans
      .filter((plan) => indicators.some((i) => i.plan === plan.id))
      .map((plan) => ({ path: `/embed/plan/${plan.id}`, heading: plan.title.zh })),
    ...catalog.series.map((s) => ({ path: `/embed/series/${s.id}`, heading: s.name.zh })),
  ];
  for (const embed of embeds)
    rendered.push(await renderPage(catalog, { page: 'overview', indicators }, today, embed));
  return rendered;
}
