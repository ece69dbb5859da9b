// Where the reader is inside an opened snapshot, kept in the page's own URL
// (/snapshot?at=%2Findicator%2Fx): each page they open is a history entry, so Back returns to the
// snapshot's previous page instead of leaving the snapshot (and losing it) altogether.
import type { NavigateOptions, RouterObject } from 'wouter';

export const AT_PARAM = 'at';

/** The snapshot page inside the snapshot, from /snapshot's search; the start page by default. */
export function innerPathOf(outerSearch: string, start: string): string {
  const at = new URLSearchParams(outerSearch).get(AT_PARAM);
  // Only an app path: anything else (a full URL, garbage) falls back to where the snapshot began.
  return at !== null && at.startsWith('/') && !at.startsWith('//') ? at : start;
}

/** /snapshot's URL with `at` set, keeping its other parameters (language, demo mode). */
export function outerUrlFor(outerSearch: string, inner: string): string {
  const params = new URLSearchParams(outerSearch);
  params.set(AT_PARAM, inner);
  return `/snapshot?${params.toString()}`;
}

/** /snapshot's URL without `at`: a snapshot just opened (or closed) starts from its own page. */
export function outerUrlWithoutAt(outerSearch: string): string {
  const params = new URLSearchParams(outerSearch);
  params.delete(AT_PARAM);
  const rest = params.toString();
  return rest ? `/snapshot?${rest}` : '/snapshot';
}

const splitSearch = (path: string): [string, string] => {
  const q = path.indexOf('?');
  return q < 0 ? [path, ''] : [path.slice(0, q), path.slice(q + 1)];
};

/**
 * Location hooks for the router around a snapshot's pages, reading and writing `at` through the
 * app's own router (`outer`), so demo mode's and the language's parameters ride along.
 */
export function snapshotLocation(outer: RouterObject, start: string) {
  const useOuterSearch = () => outer.searchHook(outer) as string;
  const useSnapshotLocation = (): [string, (to: string, options?: NavigateOptions) => void] => {
    const [, navigate] = outer.hook(outer);
    const search = useOuterSearch();
    const go = (to: string, options?: NavigateOptions) =>
      outer.aroundNav(navigate, outerUrlFor(search, to), options);
    return [splitSearch(innerPathOf(search, start))[0], go];
  };
  const useSnapshotSearch = () => splitSearch(innerPathOf(useOuterSearch(), start))[1];
  return { hook: useSnapshotLocation, searchHook: useSnapshotSearch };
}
