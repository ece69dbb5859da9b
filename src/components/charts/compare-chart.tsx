// Several indicators on one chart as progress (% of the way from baseline to target) over
// time. Loaded lazily with Recharts.
// Before recharts: Rolldown names the shared Recharts chunk after its first module, and
// bench/budgets.json knows it as CartesianChart.
import { ChartFrame } from './chart-frame';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { timeAxisProps } from './time-axis';
import { CHART_COLORS } from '../ui/palette';
import type { ProgressPoint } from '../../domain/presentation/chart-series';

export type CompareLine = {
  id: string;
  name: string;
  points: ProgressPoint[];
  /** A series of annual targets: a point a year, drawn larger than an indicator's reports. */
  annual?: boolean;
};

/** Recharts reads a dotted key as a path; an index key keeps any id ("series:…") literal. */
const keyOf = (index: number) => `line${index}`;

type Props = { lines: CompareLine[]; formatDate: (t: number) => string; height: number };

export default function CompareChart({ lines, formatDate, height }: Props) {
  const byT = new Map<number, Record<string, number>>();
  for (const [i, line] of lines.entries())
    for (const point of line.points)
      byT.set(point.t, { ...byT.get(point.t), t: point.t, [keyOf(i)]: point.pct });
  const data = [...byT.values()].sort((a, b) => (a.t ?? 0) - (b.t ?? 0));
  return (
    <ChartFrame height={height}>
      {(width) => (
        <LineChart
          data={data}
          width={width}
          height={height}
          margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis {...timeAxisProps(formatDate)} />
          <YAxis
            tickFormatter={(v: number) => `${Math.round(v)}%`}
            width={52}
            tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
          />
          <ReferenceLine y={100} stroke={CHART_COLORS.target} strokeDasharray="4 4" />
          <Tooltip
            labelFormatter={(t) => formatDate(Number(t))}
            formatter={(v) => `${Math.round(Number(v))}%`}
          />
          <Legend />
          {lines.map((line, i) => (
            <Line
              key={line.id}
              name={line.name}
              dataKey={keyOf(i)}
              stroke={CHART_COLORS.series[i % CHART_COLORS.series.length]}
              strokeWidth={2}
              dot={{ r: line.annual ? 4 : 2 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
}
