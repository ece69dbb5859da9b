import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from './queries.ts';

/** One client per page load (and per test), with retry rules that match the API's errors. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
        // Try even when the browser says it is offline: a paused query shows nothing, while a
        // failed one shows the alert with a retry (and navigator.onLine is often wrong anyway).
        networkMode: 'always',
      },
    },
  });
}
