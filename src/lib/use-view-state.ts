// The URL is the source of truth for shareable view state; this hook reads and patches it.
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseViewState, serializeViewState, type ViewState } from './view-state.ts';

/** Params that follow the user from page to page (the rest belong to one view). */
const CARRIED: (keyof ViewState)[] = ['lang', 'demo', 'asOf'];

export function useViewState() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const view = useMemo(() => parseViewState(search), [search]);
  const setView = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) =>
      navigate(`${location}${serializeViewState({ ...view, ...patch })}`, options),
    [location, navigate, view],
  );
  return [view, setView] as const;
}

/** An in-app href that keeps language, demo mode and the as-of date. */
export function useHref() {
  const search = useSearch();
  return useCallback(
    (path: string, patch: Partial<ViewState> = {}) => {
      const view = parseViewState(search);
      const carried = Object.fromEntries(CARRIED.map((key) => [key, view[key]]));
      return `${path}${serializeViewState({ ...parseViewState(''), ...carried, ...patch })}`;
    },
    [search],
  );
}
