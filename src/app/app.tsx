import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ChartBoundary } from '../components/ui/chart-boundary.tsx';
import { Loading, PageLoadFailed } from '../components/ui/query-states.tsx';
import { todayIso } from '../domain/evaluation/dates.ts';
import { isId } from '../domain/dataset/vocabulary.ts';
import { isEmbedPath } from '../domain/presentation/embed-path.ts';
import { DemoRouter } from '../features/demo/demo-router.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { preloadableLazy } from '../lib/preloadable-lazy.ts';
import { PageLive, type PrerenderedPage } from '../lib/prerendered.tsx';
import { InvalidAsOfNotice } from './invalid-as-of-notice.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

const IndicatorPage = preloadableLazy(() => import('../features/indicator/indicator-page'));
const ComparePage = lazy(() => import('../features/compare/compare-page'));
const MethodologyPage = lazy(() => import('../features/methodology/methodology-page'));
const ReportPage = lazy(() => import('../features/report/report-page'));
const SnapshotPage = lazy(() => import('../features/snapshot/snapshot-page'));
const SeriesPage = preloadableLazy(() => import('../features/series/series-page'));
const ImportPage = lazy(() => import('../features/import/import-page'));
const CuratePage = lazy(() => import('../features/curate/curate-page'));
const PresentPage = lazy(() => import('../features/present/present-page'));
const EmbedPage = lazy(() => import('../features/embed/embed-page'));

const isIndicatorId = isId;

/**
 * Matches every path. A bare <Route> means "*", whose `.` stops at a line break, so a pasted
 * link such as /%0a (wouter decodes it to "/\n") would match nothing and leave a blank page.
 */
const ANY_PATH = /^[\s\S]*$/;

/** The data pages. /snapshot renders them again, fed by a snapshot instead of the API. */
function PageRoutes({ today }: { today: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/">
          <OverviewPage today={today} />
        </Route>
        <Route path="/indicator/:id">
          {(params) =>
            isIndicatorId(params.id) ? (
              <IndicatorPage id={params.id} today={today} />
            ) : (
              <NotFoundPage />
            )
          }
        </Route>
        <Route path="/series/:id">
          {(params) =>
            isId(params.id) ? <SeriesPage id={params.id} today={today} /> : <NotFoundPage />
          }
        </Route>
        <Route path="/compare">
          <ComparePage today={today} />
        </Route>
        <Route path="/report">
          <ReportPage today={today} />
        </Route>
        <Route path="/methodology">
          <MethodologyPage />
        </Route>
        <Route path="/import">
          <ImportPage today={today} />
        </Route>
        <Route path="/curate">
          <CuratePage today={today} />
        </Route>
        <Route path={ANY_PATH}>
          <NotFoundPage />
        </Route>
      </Switch>
      <PageLive />
    </Suspense>
  );
}

/** Loads the code of a prerendered page before it is hydrated (see preloadableLazy). */
export function preloadPage(page: PrerenderedPage['page']): Promise<unknown> {
  if (page === 'indicator') return IndicatorPage.preload();
  if (page === 'series') return SeriesPage.preload();
  return Promise.resolve();
}

/** Routes; the overview is in the entry bundle, every other page loads on demand. */
export function App({ today = todayIso() }: { today?: string }) {
  const [location] = useLocation();
  // Any site may frame a path under /embed/, so none of them shows the app (header, menu, links):
  // a chart, or the embed 404. The big screen has no chrome either; a bad as-of date in their
  // link is said as on every other page.
  const embed = isEmbedPath(location);
  if (location === '/present' || embed)
    return (
      <DemoRouter>
        <InvalidAsOfNotice today={today} />
        <ChartBoundary resetKey={location} fallback={<PageLoadFailed />}>
          <Suspense fallback={<Loading />}>
            {embed ? <EmbedPage path={location} today={today} /> : <PresentPage today={today} />}
            <PageLive />
          </Suspense>
        </ChartBoundary>
      </DemoRouter>
    );
  return (
    <Layout today={today}>
      {/* A page whose code cannot be downloaded (offline, or stale after a deploy) says so. */}
      <ChartBoundary resetKey={location} fallback={<PageLoadFailed />}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/snapshot">
              <SnapshotPage today={today} renderView={(asOf) => <PageRoutes today={asOf} />} />
              {/* Live once its own page is: an opened snapshot's PageRoutes comes much later. */}
              <PageLive />
            </Route>
            <Route path={ANY_PATH}>
              <PageRoutes today={today} />
            </Route>
          </Switch>
        </Suspense>
      </ChartBoundary>
    </Layout>
  );
}
