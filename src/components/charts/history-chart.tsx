// History of one indicator: reported values, the target at its deadline, the expected straight
// path and the projection of the current pace, with Recharts, for the printed briefing (paper
// width, no tooltip). The indicator page draws the same in plain SVG (history-svg-chart.tsx).
import { ChartFrame } from './chart-frame';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  drawnLines,
  historyValueAxis,
  valueTickBudget,
  type HistoryChartLabels,
} from './history-chart-layout';
import { estimateTextWidth } from './text-width';
import { timeAxisProps } from './time-axis';
import { valueAxisWidth } from './value-axis';
import { CHART_COLORS } from '../ui/palette';
import type { HistorySeries } from '../../domain/presentation/chart-series';

type Props = {
  series: HistorySeries;
  labels: HistoryChartLabels;
  formatValue: (value: number) => string;
  formatDate: (t: number) => string;
  height: number;
  /**
   * The width on paper, for the briefing: printed at exactly this width, on screen at most
   * this wide (narrower in a phone-sized box). Without it the chart fills its box.
   */
  paperWidth?: number;
};

// The x axis and the legend below the plot take about this much of the height.
const OUTSIDE_PLOT = 80;

const LINE_STYLE = {
  expected: { stroke: CHART_COLORS.expected, strokeDasharray: '6 4', dot: false },
  projected: {
    stroke: CHART_COLORS.projection,
    strokeDasharray: '2 3',
    strokeWidth: 2,
    dot: false,
  },
  reported: { stroke: CHART_COLORS.progress, strokeWidth: 2.5, dot: { r: 3 } },
} as const;

export default function HistoryChart({
  series,
  labels,
  formatValue,
  formatDate,
  height,
  paperWidth,
}: Props) {
  const onPaper = paperWidth !== undefined;
  const fontSize = onPaper ? 11 : 12;
  const axis = historyValueAxis(series, valueTickBudget(height - OUTSIDE_PLOT));
  // Also room for half the first date, centred under the corner, so it clears the "0" label.
  const firstDate = series.points[0] ? formatDate(series.points[0].t) : '';
  const axisWidth = Math.max(
    valueAxisWidth(axis.ticks.map(formatValue), fontSize),
    estimateTextWidth(firstDate, fontSize) / 2,
  );
  return (
    <ChartFrame height={height} maxWidth={paperWidth}>
      {(width) => (
        <ComposedChart
          data={series.points}
          width={width}
          height={height}
          margin={{ top: 12, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis {...timeAxisProps(formatDate, fontSize)} />
          <YAxis
            domain={axis.domain}
            ticks={axis.ticks}
            interval={0}
            tickFormatter={formatValue}
            width={axisWidth}
            // width 0: one line per label, never wrapped (the axis is sized to fit the widest);
            // Recharts would otherwise measure each word in the DOM at the page's font size.
            tick={{ fill: CHART_COLORS.axis, fontSize, width: 0 }}
          />
          {!onPaper && (
            <Tooltip
              labelFormatter={(t) => formatDate(Number(t))}
              formatter={(v) => formatValue(Number(v))}
            />
          )}
          <Legend verticalAlign="bottom" wrapperStyle={{ fontSize }} />
          <ReferenceLine y={series.target} stroke={CHART_COLORS.target} strokeDasharray="2 4" />
          <ReferenceDot
            x={series.deadlineT}
            y={series.target}
            r={6}
            fill={CHART_COLORS.target}
            stroke="#fff"
          />
          {/* Only lines with values: a legend entry for a line that is not there misleads. */}
          {drawnLines(series.points).map((key) => (
            <Line
              key={key}
              name={labels[key]}
              dataKey={key}
              {...LINE_STYLE[key]}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {/* The target dot's legend entry: a line with no data draws nothing but the entry. */}
          <Line
            name={labels.target}
            dataKey="none"
            stroke={CHART_COLORS.target}
            legendType="circle"
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
