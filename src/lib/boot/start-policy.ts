// Whether the page can wait for the visitor before its app loads. A prerendered page whose HTML
// is already what the app would show (same path, no view parameters, Chinese, as of today, no
// kept draft, nothing left as a placeholder) needs no JavaScript to be read: the app comes on the
// first sign of use. Any other page starts its app at once, as it must render or correct the HTML.
// Tiny and dependency-free on purpose: it runs in the entry script of every visit (date code
// would pull the app's shared chunk in with it, hence the instants below).

/**
 * What scripts/prerender.ts writes on #root: the path the HTML is hydrated on, the instants (ms)
 * its Beijing day starts and ends, and whether nothing in it waits for JavaScript.
 */
export type PrerenderMarks = {
  path?: string;
  dayFrom?: string;
  dayUntil?: string;
  complete?: string;
};

export type StartContext = {
  marks: PrerenderMarks;
  pathname: string;
  search: string;
  /** The language the visitor chose earlier (the UI store's persisted state), if any. */
  storedLanguage: string | null;
  /** The off-screen copy a page image is drawn from must render everything at once. */
  exportFrame: boolean;
  now: number;
};

/** True when the prerendered HTML is exactly what the app's first render would be. */
export function canWaitForVisitor(context: StartContext): boolean {
  const { marks } = context;
  return (
    marks.complete === 'true' &&
    marks.path === context.pathname &&
    context.now >= Number(marks.dayFrom) &&
    context.now < Number(marks.dayUntil) &&
    context.search === '' &&
    (context.storedLanguage ?? 'zh') === 'zh' &&
    !context.exportFrame
  );
}

/** The language the UI store (zustand persist, key plan-tracker-ui) holds, or null. */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    const stored = JSON.parse(storage?.getItem('plan-tracker-ui') ?? 'null') as {
      state?: { language?: unknown };
    } | null;
    const language = stored?.state?.language;
    return typeof language === 'string' ? language : null;
  } catch {
    return null;
  }
}

export function startContextOf(win: Window, exportFrameName: string): StartContext {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    // Storage blocked (privacy settings): nothing was chosen earlier.
  }
  return {
    marks: { ...(win.document.getElementById('root')?.dataset ?? {}) },
    pathname: win.location.pathname,
    search: win.location.search,
    storedLanguage: readStoredLanguage(storage),
    exportFrame: win.name === exportFrameName,
    now: Date.now(),
  };
}
