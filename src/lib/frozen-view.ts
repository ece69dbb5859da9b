// Set around a re-opened snapshot: the pages inside it show frozen data, so they leave out what
// only makes sense for live data (refresh, "back to today").
import { createContext, useContext } from 'react';

/** The snapshot's own as-of date when inside a snapshot, null on live pages. */
const FrozenViewContext = createContext<string | null>(null);

export const FrozenViewProvider = FrozenViewContext.Provider;

/** The snapshot's as-of date, or null when the page shows live data. */
export const useFrozenView = (): string | null => useContext(FrozenViewContext);
