// Query-options factories: the only place query keys are written.
import { queryOptions } from '@tanstack/react-query';
import { ApiError, fetchCatalog, fetchIndicator, fetchIndicators, fetchPublished } from './api.ts';

export const catalogQueries = {
  all: () => ['catalog'] as const,
  detail: () =>
    queryOptions({
      queryKey: catalogQueries.all(),
      queryFn: ({ signal }) => fetchCatalog(signal),
    }),
};

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  list: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchIndicators(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => fetchIndicator(id, signal),
    }),
};

/** The published catalog and indicators, never a draft (the import page checks against them). */
export const publishedQueries = {
  all: () => ['published'] as const,
  data: () =>
    queryOptions({
      queryKey: publishedQueries.all(),
      queryFn: ({ signal }) => fetchPublished(signal),
    }),
};

/** Retrying cannot fix a missing or malformed resource; it can fix a flaky network. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && ['not_found', 'invalid', 'malformed'].includes(error.kind))
    return false;
  return failureCount < 2;
}
