// The box every chart draws into. It measures only the width: the height is known up front (the
// page reserves it before the chart loads), so a chart never renders at a stale height while a
// ResizeObserver catches up — a stale height once gave bars a negative height on every filter
// change. It also keeps Recharts' layer groups out of the tab order (see below).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Recharts draws each z-index layer into a <g> that React uses as a portal container, so React
 * attaches focus listeners to it; Chromium makes an SVG element with focus listeners a tab stop.
 * The chart sits in an aria-hidden box, so those would be dead stops: take them out of the order.
 */
export function keepLayersOutOfTabOrder(root: ParentNode) {
  for (const layer of root.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])'))
    layer.setAttribute('tabindex', '-1');
}

/** True while the browser lays the page out for paper (window.print, or Ctrl+P). */
function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useLayoutEffect(() => {
    // Synchronously: the browser lays out the printout right after 'beforeprint' returns.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}

type Props = {
  height: number;
  /** Never wider than this; when printing, exactly this wide (the briefing's paper width). */
  maxWidth?: number;
  children: (width: number) => ReactNode;
};

export function ChartFrame({ height, maxWidth = Infinity, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  const printing = usePrinting() && maxWidth < Infinity;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setBoxWidth(Math.floor(box.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBoxWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    // Recharts adds layers a render after the chart appears; mutation callbacks run before paint.
    const layers = new MutationObserver(() => keepLayersOutOfTabOrder(box));
    layers.observe(box, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      layers.disconnect();
    };
  }, []);
  const width = printing ? maxWidth : Math.min(boxWidth, maxWidth);
  return (
    // Unmeasured (always so in the prerendered HTML), it draws nothing yet: data-needs-script
    // tells the build that such a page is not complete without the app.
    <div
      ref={ref}
      className="chart-frame"
      style={{ height }}
      data-needs-script={width > 0 ? undefined : ''}
    >
      {width > 0 && children(width)}
    </div>
  );
}
