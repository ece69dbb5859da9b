import { useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ChartExport } from './chart-export.tsx';
import { RenderNow } from './when-visible.tsx';

/**
 * Exported charts are laid out at this width whatever the screen, so a phone's PNG or SVG is
 * the desktop's picture (title and stamp uncut), and two exports of one chart are the same size.
 */
export const CHART_EXPORT_WIDTH = 760;

/** A chart with its title, a one-line description for screen readers and a table alternative. */
export function ChartFigure({
  title,
  description,
  table,
  tableLabel,
  children,
  legend,
  id,
  interactive = false,
}: {
  id: string;
  /**
   * The chart speaks for itself to assistive technology (a focusable tooltip, its marks hidden),
   * so its box is not hidden: a focusable element inside aria-hidden would be a dead tab stop.
   */
  interactive?: boolean;
  title: string;
  description: string;
  /** The chart's table alternative; omit when the page shows the same table beside it. */
  tableLabel?: string;
  table?: ReactNode;
  children: ReactNode;
  /** A legend in HTML under the chart, drawn into exported images too (data-legend-color). */
  legend?: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  // While an export runs, a second copy of the chart is drawn off-screen at the export width.
  const [exporting, setExporting] = useState(false);
  return (
    <figure
      ref={ref}
      className="chart-figure"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <figcaption id={`${id}-title`} className="chart-figure__title">
        {title}
      </figcaption>
      <p id={`${id}-desc`} className="visually-hidden">
        {description}
      </p>
      <div className="chart-figure__chart" aria-hidden={interactive ? undefined : 'true'}>
        {children}
      </div>
      {legend}
      {/* In the prerendered HTML too: added only after hydration it would push the page down
          (layout shift). A click before the app runs is replayed by React once it hydrates. */}
      <ChartExport
        figureRef={ref}
        frameRef={frame}
        setExporting={setExporting}
        id={id}
        title={title}
      />
      {table && (
        <details className="chart-figure__table">
          <summary>{tableLabel}</summary>
          {table}
        </details>
      )}
      {exporting &&
        createPortal(
          <div
            ref={frame}
            className="chart-export-frame"
            aria-hidden="true"
            style={{
              position: 'fixed',
              top: 0,
              left: -10_000,
              width: CHART_EXPORT_WIDTH,
              background: '#fff',
              pointerEvents: 'none',
            }}
          >
            <RenderNow>
              <div className="chart-figure__chart">{children}</div>
              {legend}
            </RenderNow>
          </div>,
          document.body,
        )}
    </figure>
  );
}
