// The page image's off-screen frame shows the data the page it copies already holds: the page
// hands its query cache to the frame, which starts from it instead of fetching everything again
// (in demo mode: instead of generating the whole demo again, most of an export's time).
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { EXPORT_FRAME_NAME } from './frame-name.ts';

export type FrameSeed = { queryKey: QueryKey; data: unknown; updatedAt: number }[];

const SEED = '__planTrackerExportSeed';
type SeededFrame = HTMLIFrameElement & { [SEED]?: FrameSeed };

/** Every query the page has loaded, for the frame about to copy it. */
export function seedFrame(frame: HTMLIFrameElement, queryClient: QueryClient): void {
  (frame as SeededFrame)[SEED] = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success' && query.state.data !== undefined)
    .map((query) => ({
      queryKey: query.queryKey,
      data: query.state.data,
      updatedAt: query.state.dataUpdatedAt,
    }));
}

/** Inside the export frame, the page's seed; null anywhere else (or if the page gave none). */
export function readFrameSeed(): FrameSeed | null {
  if (window.name !== EXPORT_FRAME_NAME) return null;
  try {
    const seed = (window.frameElement as SeededFrame | null)?.[SEED];
    // Copied into this window's own objects: the page's may change or go once the frame is done.
    return seed ? structuredClone(seed) : null;
  } catch {
    return null; // another origin's frame element cannot be read
  }
}

/**
 * The frame's cache filled from the seed and never refetched: the copy must show exactly what
 * the page showed, and a request (in demo mode) would generate the whole demo again.
 */
export function primeFromSeed(queryClient: QueryClient, seed: FrameSeed): void {
  for (const { queryKey, data, updatedAt } of seed)
    queryClient.setQueryData(queryKey, data, { updatedAt });
  const queries = queryClient.getDefaultOptions().queries;
  queryClient.setDefaultOptions({
    queries: { ...queries, staleTime: Infinity, refetchOnMount: false, refetchOnReconnect: false },
  });
}
