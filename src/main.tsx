import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { App, preloadPage } from './app/app';
import { changeLanguage, createI18n } from './lib/i18n/index';
import { parseDemoParams } from './lib/demo-params';
import { todayIso } from './domain/evaluation/dates';
import {
  canHydrate,
  MarkLive,
  primeQueries,
  readPrerendered,
  RenderDay,
  revalidateWhenIdle,
} from './lib/prerendered';
import type { PendingInput } from './lib/boot/pending-input';
import { createQueryClient } from './lib/query-client';
import { primeFromSeed, readFrameSeed } from './lib/export/frame-seed';
import { useUiStore } from './lib/ui-store';
import { parseViewState } from './lib/view-state';
import './app/styles.css';

/**
 * Takes the page over. `pending` holds what the visitor did before (when boot.ts waited for
 * them): it is done again once the hydrated page is live, on the same elements.
 */
export async function start(pending: PendingInput | null = null): Promise<void> {
  const queryClient = createQueryClient();
  const i18n = createI18n();
  // An embed speaks the language its URL names (Chinese by default), not one chosen earlier.
  const language =
    parseViewState(window.location.search).lang ??
    (window.location.pathname.startsWith('/embed/') ? 'zh' : useUiStore.getState().language);
  if (language !== 'zh') await changeLanguage(i18n, language);
  const demo = parseDemoParams(window.location.search);
  // Only in demo mode: msw and the data generator come in their own chunk, after which the
  // worker answers /api/… before the first query runs.
  if (demo) await (await import('./features/demo/start-demo')).startDemo(demo);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // The build prerendered this page (the overview, or an indicator's page; scripts/prerender.ts).
  // Its data seeds the cache on any normal visit. The HTML is hydrated when the first render can match it (see
  // canHydrate), else the first render replaces it. On a later day than the build's, RenderDay
  // hydrates as of the build day and then moves to today, updating the same nodes in place.
  const prerendered = demo ? null : readPrerendered(document);
  if (prerendered) primeQueries(queryClient, prerendered);
  // In a page image's off-screen frame: the page's own data, so nothing is loaded again.
  const seed = readFrameSeed();
  if (seed) primeFromSeed(queryClient, seed);
  const { pathname, search } = window.location;
  const app = (
    <StrictMode>
      <Providers queryClient={queryClient} i18n={i18n}>
        {/* In a task of its own, not inside React's effects: an event there could not make React
            hydrate the part it lands on (parts inside Suspense hydrate after the shell). */}
        <MarkLive container={container} onLive={() => setTimeout(() => pending?.replay())}>
          <RenderDay renderedDay={prerendered?.day ?? todayIso()}>
            {(day) => <App today={day} />}
          </RenderDay>
        </MarkLive>
      </Providers>
    </StrictMode>
  );
  // A transition: React renders (and hydrates) in short slices, so a phone can paint and take
  // input in between instead of freezing for the whole first render.
  const hydrate = prerendered !== null && canHydrate({ pathname, search, language }, prerendered);
  if (hydrate) await preloadPage(prerendered.page).catch(() => {});
  // From here React hears events itself; only what came before is done again.
  if (hydrate) pending?.seal();
  else pending?.stop();
  startTransition(() => {
    if (hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
  if (prerendered && !seed) revalidateWhenIdle(queryClient, prerendered);
  // A kept draft (report rows not yet published) comes back after a reload; never in demo mode,
  // never in an embed (another site's page shows only published figures).
  if (!demo && !window.location.pathname.startsWith('/embed/'))
    void import('./lib/reporting/draft-boot')
      .then((m) => m.restoreKeptDraft(queryClient, todayIso()))
      .catch(() => {});
}
