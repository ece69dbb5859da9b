import { render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createI18n } from '../../src/lib/i18n/index';
import { createQueryClient } from '../../src/lib/query-client';

/** Renders the whole app at a path, with fresh query and i18n instances and no retry delay. */
export function renderApp(path = '/', { today = '2026-11-24' } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
  });
  const i18n = createI18n();
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Providers queryClient={queryClient} i18n={i18n}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <App today={today} />
      </Router>
    </Providers>,
  );
  return { ...view, queryClient, i18n, location };
}
