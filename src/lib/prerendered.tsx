// The build prerenders the overview into index.html and each indicator's page into
// indicator/<id>.html (scripts/prerender.ts), with the data they were rendered from, so the page
// paints before any JS runs. These helpers let main.tsx take over that HTML: hydrate it when the
// first client render would be identical, else render afresh.
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Catalog, Indicator } from '../domain/dataset/schema.ts';
import { fetchCatalog, fetchIndicator, fetchIndicators } from './api.ts';
import { catalogQueries, indicatorQueries } from './queries.ts';
import { useBeijingToday } from './use-beijing-today.ts';

/** The <script type="application/json"> holding the payload: data, not code, so the CSP allows it. */
export const PRERENDER_DATA_ID = 'prerender-data';

/** What a prerendered page shows, with the data its queries need. */
export type PrerenderedPage =
  | { page: 'overview'; indicators: Indicator[] }
  | { page: 'indicator'; indicator: Indicator }
  /** A series page needs only the catalog, which holds the series. */
  | { page: 'series'; seriesId: string };

/** What the page's queries are seeded with. */
export type PrerenderData = { catalog: Catalog } & PrerenderedPage;

export type PrerenderPayload = {
  /** The day the HTML was rendered as of (the plans' time zone); statuses depend on it. */
  day: string;
} & PrerenderData;

/** The path whose HTML the payload belongs to. */
export function prerenderedPath(page: PrerenderedPage): string {
  if (page.page === 'overview') return '/';
  return page.page === 'indicator' ? `/indicator/${page.indicator.id}` : `/series/${page.seriesId}`;
}

/** JSON that is safe inside <script>: no "<" can close the element or open a comment. */
export function serializePayload(payload: PrerenderPayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

/** The embedded payload, or null on pages the build did not prerender (or if it is damaged). */
export function readPrerendered(doc: Document): PrerenderPayload | null {
  const text = doc.getElementById(PRERENDER_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const value = JSON.parse(text) as LooseUnion<PrerenderPayload> | null;
    // The build validated it with the dataset schema before embedding it; this only guards
    // against a truncated or hand-edited file.
    const pageData =
      value?.page === 'overview'
        ? Array.isArray(value.indicators)
        : value?.page === 'series'
          ? typeof value.seriesId === 'string'
          : value?.page === 'indicator' && typeof value.indicator?.id === 'string';
    return value && typeof value.day === 'string' && Array.isArray(value.catalog?.plans) && pageData
      ? (value as PrerenderPayload)
      : null;
  } catch {
    return null;
  }
}

/** Every member's fields, each optional: what a JSON.parse of a payload might hold. */
type LooseUnion<T> = Partial<{ [K in T extends unknown ? keyof T : never]: unknown }> & {
  catalog?: { plans?: unknown };
  indicator?: { id?: unknown };
};

export type ClientStart = { pathname: string; search: string; language: string };

/**
 * Hydration needs the first client render to match the HTML: the page the HTML was rendered
 * for, with no view parameters, in Chinese. Any other visit (?lang=en, a filter, demo mode,
 * another route served this file as the SPA fallback) renders afresh. The day may differ: see
 * RenderDay.
 */
export function canHydrate(start: ClientStart, page: PrerenderedPage): boolean {
  return start.pathname === prerenderedPath(page) && start.search === '' && start.language === 'zh';
}

/** Seeds the query cache so the first render has the data: no loading state, no request. */
export function primeQueries(queryClient: QueryClient, data: PrerenderData): void {
  queryClient.setQueryData(catalogQueries.detail().queryKey, data.catalog);
  if (data.page === 'overview')
    queryClient.setQueryData(indicatorQueries.list().queryKey, data.indicators);
  else if (data.page === 'indicator')
    queryClient.setQueryData(indicatorQueries.detail(data.indicator.id).queryKey, data.indicator);
}

/**
 * The embedded data is a snapshot taken at build time, so the page asks the API again once it is
 * live, quietly: the answer goes into the cache only when it arrives, without a loading or
 * "refreshing" state (which would not match the HTML while it hydrates). An identical answer
 * changes nothing (structural sharing); a failed one leaves the snapshot on screen.
 */
export async function revalidate(queryClient: QueryClient, page: PrerenderedPage): Promise<void> {
  try {
    const [catalog, fresh] = await Promise.all([
      fetchCatalog(),
      page.page === 'overview'
        ? fetchIndicators().then((indicators) => ({ page: 'overview', indicators }) as const)
        : page.page === 'indicator'
          ? fetchIndicator(page.indicator.id).then(
              (indicator) => ({ page: 'indicator', indicator }) as const,
            )
          : Promise.resolve(page),
    ]);
    primeQueries(queryClient, { catalog, ...fresh });
  } catch {
    // Offline or a bad answer: the refresh button and the next visit will ask again.
  }
}

/** revalidate() once the page has nothing more urgent to do. */
export function revalidateWhenIdle(queryClient: QueryClient, page: PrerenderedPage): void {
  const run = () => void revalidate(queryClient, page);
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

const LiveSignal = createContext<(() => void) | null>(null);

/**
 * Around the app: once the page is on the screen and React handles its events (hydrated, or
 * rendered afresh), marks #root `data-live` (lifting the aria-disabled boot.ts may have set) and
 * calls `onLive`, once. The signal comes from
 * PageLive, inside the page's Suspense boundary: React hydrates the content of a boundary after
 * the shell around it, so an effect out here would run while the page itself is still only
 * HTML. Renders no element, so the tree still matches the server's.
 */
export function MarkLive({
  container,
  onLive,
  children,
}: {
  container: HTMLElement;
  onLive?: () => void;
  children: ReactNode;
}) {
  const pending = useRef(onLive);
  const [signal] = useState(() => () => {
    if (container.dataset.live === 'true') return;
    container.dataset.live = 'true';
    container.removeAttribute('aria-disabled');
    pending.current?.();
    pending.current = undefined;
  });
  return <LiveSignal.Provider value={signal}>{children}</LiveSignal.Provider>;
}

/** Placed inside the page's Suspense boundary, after the page: see MarkLive. */
export function PageLive() {
  const signal = useContext(LiveSignal);
  useEffect(() => signal?.(), [signal]);
  return null;
}

/**
 * The day the page is "as of": while hydrating, the day the HTML was rendered as of, so the
 * first render matches it node for node; right after, today in Beijing, and React updates in
 * place whatever a later day changes (the date, statuses) — again at each Beijing midnight. On a
 * client render, today at once.
 */
export function RenderDay({
  renderedDay,
  children,
}: {
  renderedDay: string;
  children: (day: string) => ReactNode;
}) {
  return children(useBeijingToday(renderedDay));
}
