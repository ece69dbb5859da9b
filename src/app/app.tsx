import { Route, Switch } from 'wouter';
import { todayIso } from '../domain/dates';
import { OverviewPage } from '../features/overview/overview-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

/** Routes; each page composes features. */
export function App({ today = todayIso() }: { today?: string }) {
  return (
    <Layout>
      <Switch>
        <Route path="/">
          <OverviewPage asOf={today} />
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}
