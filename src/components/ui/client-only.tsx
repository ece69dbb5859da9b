import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/**
 * `fallback` on the server and while hydrating, `children` from the first client render after:
 * for what the prerendered HTML leaves out without a hydration mismatch. Outside hydration (a
 * normal client render) it renders `children` at once.
 */
export function ClientOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const onClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return onClient ? children : fallback;
}
