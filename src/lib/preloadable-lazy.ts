import { lazy, type ComponentType } from 'react';

/**
 * React.lazy whose module can be fetched before the first render: once `preload()` has resolved,
 * the component renders at once instead of suspending. Hydration needs that: a part that
 * suspends while hydrating keeps its server HTML dead until its code arrives, so the page would
 * go live with that part not yet listening.
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  let loaded: { default: ComponentType<P> } | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  // A thenable that calls back synchronously: React.lazy then finds the module already resolved.
  const Component = lazy(() =>
    loaded ? (syncThenable(loaded) as Promise<{ default: ComponentType<P> }>) : preload(),
  );
  return Object.assign(Component, { preload });
}

const syncThenable = <T>(value: T) => ({
  then(resolve: (value: T) => unknown) {
    resolve(value);
  },
});
