// History of one indicator: reported values, the target at its deadline, the expected straight
// path and the projection of the current pace. Loaded lazily with Recharts; shared by the
// detail page (responsive, with tooltip) and the printed briefing (fixed size, no tooltip).
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
import { timeAxisProps } from './time-axis';
import { CHART_COLORS } from '../ui/palette';
import { niceCeiling, type HistorySeries } from '../../domain/chart-series';

export type HistoryChartLabels = {
  reported: string;
  expected: string;
  projected: string;
  target: string;
};

type Props = {
  series: HistorySeries;
  labels: HistoryChartLabels;
  formatValue: (value: number) => string;
  formatDate: (t: number) => string;
  height: number;
  /** A fixed width (for print); without it the chart fills its container. */
  width?: number;
};

export default function HistoryChart({
  series,
  labels,
  formatValue,
  formatDate,
  height,
  width,
}: Props) {
  const fontSize = width ? 11 : 12;
  const values = series.points
    .flatMap((p) => [p.reported, p.expected, p.projected])
    .filter((v) => v !== undefined);
  const top = niceCeiling(Math.max(series.target, ...values) * 1.05);
  const bottom = Math.min(0, ...values);
  return (
    <ComposedChart
      data={series.points}
      {...(width ? { width, height } : { responsive: true, style: { width: '100%', height } })}
      margin={{ top: 12, right: 24, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} />
      <XAxis {...timeAxisProps(formatDate, fontSize)} />
      <YAxis
        domain={[bottom, top]}
        tickFormatter={formatValue}
        width={72}
        tick={{ fill: CHART_COLORS.axis, fontSize }}
      />
      {!width && (
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
      <Line
        name={labels.expected}
        dataKey="expected"
        stroke={CHART_COLORS.expected}
        strokeDasharray="6 4"
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name={labels.projected}
        dataKey="projected"
        stroke={CHART_COLORS.projection}
        strokeDasharray="2 3"
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name={labels.reported}
        dataKey="reported"
        stroke={CHART_COLORS.progress}
        strokeWidth={2.5}
        dot={{ r: 3 }}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name={labels.target}
        dataKey="none"
        stroke={CHART_COLORS.target}
        legendType="circle"
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
