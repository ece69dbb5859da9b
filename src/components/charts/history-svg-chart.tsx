// History of one indicator in plain SVG, for the indicator page: complete in the prerendered HTML
// (no width measured at render time: the SVG stretches, the axis labels are HTML placed by
// percentage, and the date ticks a narrow chart cannot hold are hidden by a container query), with
// a tooltip that follows the pointer, a touch or the arrow keys.
import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ChartLegend, type LegendEntry } from './chart-legend';
import {
  drawnLines,
  historyTimeDomain,
  historyValueAxis,
  valueTickBudget,
  type HistoryChartLabels,
} from './history-chart-layout';
import { readingAt } from './history-readout';
import { HistoryMarks } from './history-marks';
import { HistoryTooltip } from './history-tooltip';
import { nearestIndex, pointerFraction, steppedIndex } from './nearest-point';
import { estimateTextWidth } from './text-width';
import { timeTicks } from './time-ticks';
import { valueAxisWidth } from './value-axis';
import { CHART_COLORS } from '../ui/palette';
import type { HistorySeries } from '../../domain/presentation/chart-series';
import './history-svg-chart.css';

type Props = {
  series: HistorySeries;
  labels: HistoryChartLabels & { explore: string };
  formatValue: (value: number) => string;
  formatDate: (t: number) => string;
  height: number;
};

const FONT_SIZE = 12;
// The date axis and the legend take about this much of the height (as for the Recharts chart).
const OUTSIDE_PLOT = 80;
// The chart widths at which the date axis shows its denser tiers (history-svg-chart.css).
const TIER_WIDTHS = [260, 320, 520, 800];
const LABEL_GAP = 12;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

const LEGEND: Record<keyof HistoryChartLabels, Omit<LegendEntry, 'key' | 'label'>> = {
  expected: { color: CHART_COLORS.expected, mark: 'dashed' },
  projected: { color: CHART_COLORS.projection, mark: 'dotted' },
  reported: { color: CHART_COLORS.progress, mark: 'line' },
  target: { color: CHART_COLORS.target, mark: 'dot' },
};

export function HistorySvgChart({ series, labels, formatValue, formatDate, height }: Props) {
  const [active, setActive] = useState<number | null>(null);
  const tooltipId = useId();
  const { points } = series;
  const axis = historyValueAxis(series, valueTickBudget(height - OUTSIDE_PLOT));
  const domain = historyTimeDomain(series);
  const [t0, t1] = domain;
  const fx = (t: number) => (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5);
  const fy = (value: number) => (value - axis.domain[0]) / (axis.domain[1] - axis.domain[0] || 1);
  // A tick's date, as wide as most are (1 January: ticks fall on month starts; a two-digit
  // month is a digit wider, which the gap between labels absorbs).
  const dateWidth = estimateTextWidth(
    formatDate(Date.UTC(new Date(t1).getUTCFullYear(), 0, 1)),
    FONT_SIZE,
  );
  const axisWidth = Math.max(
    valueAxisWidth(axis.ticks.map(formatValue), FONT_SIZE),
    Math.ceil(dateWidth / 2),
  );
  const rightMargin = Math.ceil(dateWidth / 2) + 4;
  const ticks = timeTicks(
    t0,
    t1,
    TIER_WIDTHS.map(
      (w) => ((dateWidth + LABEL_GAP) / Math.max(1, w - axisWidth - rightMargin)) * (t1 - t0),
    ),
  );
  const lines = drawnLines(points);
  const legend = [...lines, 'target' as const].map((key) => ({
    key,
    label: labels[key],
    ...LEGEND[key],
  }));
  const reading = active === null ? null : readingAt(points, active);

  const pick = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const index = nearestIndex(
      points.map((p) => p.t),
      domain,
      pointerFraction(event.clientX, box.left, box.width),
    );
    setActive(index === -1 ? null : index);
  };
  const step = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') return setActive(null);
    const next = steppedIndex(active, event.key, points.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <div className="history-chart" style={{ height }}>
      <div
        className="history-chart__body"
        data-chart-body=""
        style={{ gridTemplateColumns: `${axisWidth}px 1fr ${rightMargin}px` }}
      >
        <div className="history-chart__y" aria-hidden="true">
          {axis.ticks.map((value) => (
            <span key={value} data-chart-text="end" style={{ top: percent(1 - fy(value)) }}>
              {formatValue(value)}
            </span>
          ))}
        </div>
        <div
          className="history-chart__plot"
          role="group"
          tabIndex={0}
          aria-label={labels.explore}
          aria-describedby={reading ? tooltipId : undefined}
          onPointerMove={pick}
          onPointerDown={pick}
          onPointerLeave={(event) => event.pointerType === 'mouse' && setActive(null)}
          onKeyDown={step}
          onBlur={() => setActive(null)}
        >
          <HistoryMarks
            series={series}
            lines={lines}
            valueTicks={axis.ticks}
            timeTicks={ticks}
            fx={fx}
            fy={fy}
            active={active === null ? null : (points[active] ?? null)}
          />
          {reading && (
            <>
              <div className="history-chart__cursor" style={{ left: percent(fx(reading.t)) }} />
              <HistoryTooltip
                id={tooltipId}
                reading={reading}
                target={series.target}
                fraction={fx(reading.t)}
                // Kept clear of the lines: below them when they pass high at that date.
                low={
                  fy(
                    Math.max(
                      reading.reported ?? -Infinity,
                      reading.expected ?? -Infinity,
                      reading.projected ?? -Infinity,
                    ),
                  ) > 0.5
                }
                labels={labels}
                formatValue={formatValue}
                formatDate={formatDate}
              />
            </>
          )}
        </div>
        <div className="history-chart__x" aria-hidden="true">
          {ticks.map(({ t, tier }) => (
            <span
              key={t}
              data-tier={tier}
              data-chart-text="middle"
              style={{ left: percent(fx(t)) }}
            >
              {formatDate(t)}
            </span>
          ))}
        </div>
      </div>
      <div aria-hidden="true">
        <ChartLegend entries={legend} />
      </div>
    </div>
  );
}
