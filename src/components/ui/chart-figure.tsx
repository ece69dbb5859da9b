import type { ReactNode } from 'react';

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
  tableLabel: string;
  table: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure
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
      <details className="chart-figure__table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
