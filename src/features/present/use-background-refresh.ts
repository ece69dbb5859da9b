// A big screen runs for hours: ask the API again every few minutes, in the background. A failed
// refresh keeps the figures already on screen (TanStack Query keeps the data beside the error).
import { useQuery } from '@tanstack/react-query';
import { catalogQueries, indicatorQueries } from '../../lib/queries.ts';

export const REFRESH_MS = 5 * 60_000;

const background = { refetchInterval: REFRESH_MS, refetchIntervalInBackground: true } as const;

/** When the data on screen was fetched, and whether the last refresh failed. */
export function useBackgroundRefresh() {
  const catalog = useQuery({ ...catalogQueries.detail(), ...background });
  const indicators = useQuery({ ...indicatorQueries.list(), ...background });
  const loaded = catalog.data !== undefined && indicators.data !== undefined;
  return {
    fetchedAt: Math.min(catalog.dataUpdatedAt, indicators.dataUpdatedAt),
    refreshFailed: loaded && (catalog.isRefetchError || indicators.isRefetchError),
  };
}
