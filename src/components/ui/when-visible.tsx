import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { EXPORT_FRAME_NAME } from '../../lib/export/frame-name.ts';

const waiting = new Set<() => void>();

/** Renders every part still waiting to scroll into view: before a page image is taken. */
export function showAllDeferred(): void {
  for (const show of [...waiting]) show();
}

const RenderNowContext = createContext(false);

/** Inside it, WhenVisible draws at once: an off-screen copy made for an export is never "near". */
export function RenderNow({ children }: { children: ReactNode }) {
  return <RenderNowContext.Provider value={true}>{children}</RenderNowContext.Provider>;
}

/**
 * `fallback` (a same-size placeholder) until the spot comes within half a screen of the
 * viewport, then `children`. Keeps charts further down the page from costing a phone its first
 * seconds; the prerendered HTML and the hydrating render both show the fallback, so they match.
 * Printing asks for everything too, but only charts whose code has already loaded make it onto
 * the paper in time; the briefing page is the one made for printing.
 */
export function WhenVisible({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const now = useContext(RenderNowContext);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
            rootMargin: '0px 0px 50% 0px',
          });
    const stop = () => {
      observer?.disconnect();
      waiting.delete(show);
      window.removeEventListener('beforeprint', show);
    };
    function show() {
      stop();
      // A transition: React renders it in slices, so a chart never blocks input for long.
      startTransition(() => setShown(true));
    }
    // No IntersectionObserver (old browsers, jsdom), or drawn for an export: draw now.
    if (!observer || now || window.name === EXPORT_FRAME_NAME) return show();
    observer.observe(element);
    waiting.add(show);
    window.addEventListener('beforeprint', show);
    return stop;
  }, [now]);
  return (
    <div ref={ref} className="when-visible">
      {shown ? children : fallback}
    </div>
  );
}
