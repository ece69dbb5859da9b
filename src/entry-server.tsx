// Server entry used only by the build (scripts/prerender.ts): renders the overview to HTML with
// the real data, as of the build day, exactly as the browser's first render will.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './app/app';
import { Providers } from './app/providers';
import { todayIso } from './domain/dates';
import { catalogSchema, indicatorListSchema } from './domain/schema';
import { createI18n } from './lib/i18n';
import { primeQueries, type PrerenderPayload } from './lib/prerendered';
import { createQueryClient } from './lib/query-client';

export { PRERENDER_DATA_ID, serializePayload } from './lib/prerendered';

/** The overview's HTML and the payload the client hydrates from; throws on invalid data. */
export function renderOverview(
  api: { catalog: unknown; indicators: unknown },
  today = todayIso(),
): { html: string; payload: PrerenderPayload } {
  const payload: PrerenderPayload = {
    day: today,
    catalog: catalogSchema.parse(api.catalog),
    indicators: indicatorListSchema.parse(api.indicators),
  };
  const queryClient = createQueryClient();
  primeQueries(queryClient, payload);
  const html = renderToString(
    <Router ssrPath="/" ssrSearch="">
      <StrictMode>
        <Providers queryClient={queryClient} i18n={createI18n()}>
          <App today={today} />
        </Providers>
      </StrictMode>
    </Router>,
  );
  queryClient.clear();
  return { html, payload };
}
