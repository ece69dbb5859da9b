// The page's entry, kept tiny on purpose. The build prerenders the overview and each
// indicator's page, charts included, so a first visit reads the page without any JavaScript.
// When that HTML is exactly what the app would show (start-policy.ts), the app loads on the
// first sign of use, with React fetched beforehand (the inline loader preloads it with this
// entry, after the first paint) and run while the page is idle, and what the visitor
// did in between is done again once it is live. Any other page starts its app right after the
// first paint. Either way nothing competes with the first paint.
import { get } from 'idb-keyval';
import { EXPORT_FRAME_NAME } from './lib/export/frame-name.ts';
import { takeEarlyClicks } from './lib/boot/early-clicks.ts';
import { onFirstIntent } from './lib/boot/intent.ts';
import { recordPendingInput, type PendingInput } from './lib/boot/pending-input.ts';
import { canWaitForVisitor, startContextOf } from './lib/boot/start-policy.ts';

const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    // A task queued from requestAnimationFrame runs once that frame has been painted. Hidden
    // tabs get no frames, hence the timer.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });

/**
 * How long after the load event React is run ahead (the loader has fetched it already, with the
 * entry): well after the page has painted, so its evaluation is not a task in the first paint's
 * way.
 */
const WARM_DELAY_MS = 1500;

const whenQuietAfterLoad = (run: () => void) => {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run);
  const later = () => setTimeout(idle, WARM_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
};

/**
 * An indicator page's own code, fetched alongside the app's instead of after it: main.tsx loads
 * it before hydrating (preloadPage), and the module is shared, so that finds it already there.
 */
const pageCode = (path: string | undefined) =>
  path?.startsWith('/indicator/') ? import('./features/indicator/indicator-page') : null;

/**
 * Demo mode's code (msw and the generator), fetched alongside the app's when the URL asks for
 * the demo (the test parseDemoParams makes, src/lib/demo-params.ts): main.tsx imports it
 * before rendering and finds it already there.
 */
const demoCode = (search: string) =>
  new URLSearchParams(search).has('demo') ? import('./features/demo/start-demo') : null;

let started: Promise<void> | null = null;
/** The app's code is fetched at once; it runs once the page has painted. */
function startApp(pending: PendingInput | null): Promise<void> {
  started ??= Promise.all([
    import('./main'),
    pageCode(root?.dataset.path),
    demoCode(location.search),
    afterNextPaint(),
  ]).then(([main]) => main.start(pending));
  return started;
}

const root = document.getElementById('root');
const earlyClicks = takeEarlyClicks();
if (root && canWaitForVisitor(startContextOf(window, EXPORT_FRAME_NAME))) {
  const pending = recordPendingInput(root, earlyClicks);
  if (pending.changedEarly) void startApp(pending);
  onFirstIntent(document, () => void startApp(pending));
  whenQuietAfterLoad(() => void import('./lib/boot/warm-vendor').catch(() => {}));
  // A draft kept from an earlier visit changes what the page shows: then the app comes at once.
  void get('plan-tracker-draft')
    .then((kept) => {
      if (kept !== undefined) void startApp(pending);
    })
    .catch(() => {});
} else {
  // The app is about to render this page itself: until it has, its controls are not working,
  // and assistive technology and test tools wait for them instead of acting into the void.
  root?.setAttribute('aria-disabled', 'true');
  void startApp(null);
}

export {};
