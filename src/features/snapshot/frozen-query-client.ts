// A QueryClient that answers every query from a snapshot and never from the network, so the
// ordinary pages render a snapshot unchanged: refresh buttons and retries just read it again.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Snapshot } from '../../domain/exports/snapshot';
import { ApiError } from '../../lib/api';
import { catalogQueries, indicatorQueries } from '../../lib/queries';

const sameKey = (a: QueryKey, b: QueryKey) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

export function createFrozenQueryClient(snapshot: Snapshot): QueryClient {
  const { catalog, indicators } = snapshot.data;
  const catalogKey = catalogQueries.detail().queryKey;
  const listKey = indicatorQueries.list().queryKey;
  const detailPrefix = [...indicatorQueries.all(), 'detail'] as const;
  const answer = (key: QueryKey): unknown => {
    if (sameKey(key, catalogKey)) return catalog;
    if (sameKey(key, listKey)) return indicators;
    if (key.length === 3 && sameKey(key.slice(0, 2), detailPrefix)) {
      const found = indicators.find((indicator) => indicator.id === key[2]);
      if (found) return found;
    }
    throw new ApiError('not_found', `snapshot:${key.join('/')}`, 'not in this snapshot');
  };
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } },
  });
  // The pages pass their own network queryFn with every useQuery; defaulted options are the
  // one place every query (and every refetch) passes through, so the snapshot answers here.
  const defaulted = client.defaultQueryOptions.bind(client);
  client.defaultQueryOptions = ((options: Parameters<typeof defaulted>[0]) => ({
    ...defaulted(options),
    queryFn: ({ queryKey }: { queryKey: QueryKey }) => answer(queryKey),
    staleTime: Infinity,
    retry: false,
  })) as typeof client.defaultQueryOptions;
  client.setQueryData(catalogKey, catalog);
  client.setQueryData(listKey, indicators);
  for (const indicator of indicators)
    client.setQueryData(indicatorQueries.detail(indicator.id).queryKey, indicator);
  return client;
}
