import { useRef, type ReactNode } from 'react';
import { ChartExport } from './chart-export.tsx';

/** A chart with its title, a one-line description for screen readers and a table alternative. */
export function ChartFigure({
  title,
  description,
  table,
  tableLabel,
  children,
  id,
}: {
  id: string;
  title: string;
  description: string;
  /** The chart's table alternative; omit when the page shows the same table beside it. */
  tableLabel?: string;
  table?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
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
      <div className="chart-figure__chart" aria-hidden="true">
        {children}
      </div>
      {/* In the prerendered HTML too: added only after hydration it would push the page down
          (layout shift). A click before the app runs is replayed by React once it hydrates. */}
      <ChartExport figureRef={ref} id={id} title={title} />
      {table && (
        <details className="chart-figure__table">
          <summary>{tableLabel}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
