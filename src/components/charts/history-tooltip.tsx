// The history chart's tooltip: the date of the point picked and what the chart shows there.
import type { CSSProperties } from 'react';
import type { HistoryChartLabels } from './history-chart-layout';
import type { HistoryReading } from './history-readout';
import { CHART_COLORS } from '../ui/palette';

type Props = {
  id: string;
  reading: HistoryReading;
  target: number;
  /** Where the point sits across the plot, 0…1: the box stays on the plot's side of it. */
  fraction: number;
  /** At the bottom of the plot rather than the top. */
  low: boolean;
  labels: HistoryChartLabels;
  formatValue: (value: number) => string;
  formatDate: (t: number) => string;
};

const ROWS = [
  ['reported', CHART_COLORS.progress],
  ['expected', CHART_COLORS.expected],
  ['projected', CHART_COLORS.projection],
  ['target', CHART_COLORS.target],
] as const;

export function HistoryTooltip(props: Props) {
  const { id, reading, target, fraction, low, labels, formatValue, formatDate } = props;
  const values = { ...reading, target };
  const side = fraction > 0.5 ? 'left' : 'right';
  return (
    <div
      id={id}
      role="tooltip"
      className={`history-tooltip history-tooltip--${side}${low ? ' history-tooltip--low' : ''}`}
      style={{ '--x': fraction } as CSSProperties}
    >
      <p className="history-tooltip__date">{formatDate(reading.t)}</p>
      <dl>
        {ROWS.map(([key, color]) => {
          const value = values[key];
          if (value === undefined) return null;
          return (
            <div key={key}>
              <dt>
                <span className="history-tooltip__swatch" style={{ background: color }} />
                {labels[key]}
              </dt>
              <dd>{formatValue(value)}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
