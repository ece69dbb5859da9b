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
  return useMemo(() => {
    const view = parseViewState(search);
    const carried = {
      ...parseViewState(''),
      ...Object.fromEntries(CARRIED.map((key) => [key, view[key]])),
    };
    // Written once per address: a long list asks for thousands of links with nothing to patch.
    const plain = serializeViewState(carried);
    return (path: string, patch: Partial<ViewState> = {}) =>
      `${path}${Object.keys(patch).length === 0 ? plain : serializeViewState({ ...carried, ...patch })}`;
  }, [search]);
}
