// Targets and actuals by year for one series: a bar per reported actual (coloured by the
// year's result) and a dot per target. Loaded lazily with Recharts.
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './chart-frame';
import { valueAxis, valueAxisWidth } from './value-axis';
import { CHART_COLORS, STATUS_STYLE } from '../ui/palette';

export type SeriesChartPoint = {
  year: number;
  actual: number | null;
  target: number | null;
  /** The bar's colour: the year's result. */
  color: string;
  /** A result stated in words has no bar: its mark (✔ / ✖) goes under the year. */
  statedMark?: string;
};

type Props = {
  points: SeriesChartPoint[];
  /** `actual` names the bars; their colours are the years' results, said in the legend's words. */
  labels: { actual: string; target: string };
  formatValue: (value: number) => string;
  height: number;
  /** Printed at exactly this width; on screen at most this wide. */
  paperWidth?: number;
};

export default function SeriesChart({ points, labels, formatValue, height, paperWidth }: Props) {
  const onPaper = paperWidth !== undefined;
  const fontSize = onPaper ? 11 : 12;
  const values = points.flatMap((p) => [p.actual, p.target]).filter((v): v is number => v !== null);
  const axis = valueAxis(values, 5);
  const data = points.map((p) => ({
    ...p,
    label: p.statedMark ? `${p.year} ${p.statedMark}` : String(p.year),
  }));
  return (
    <ChartFrame height={height} maxWidth={paperWidth}>
      {(width) => (
        <ComposedChart
          data={data}
          width={width}
          height={height}
          margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize }} />
          <YAxis
            domain={axis.domain}
            ticks={axis.ticks}
            interval={0}
            tickFormatter={formatValue}
            width={valueAxisWidth(axis.ticks.map(formatValue), fontSize)}
            tick={{ fill: CHART_COLORS.axis, fontSize, width: 0 }}
          />
          {!onPaper && <Tooltip formatter={(v) => formatValue(Number(v))} />}
          <Legend verticalAlign="bottom" wrapperStyle={{ fontSize }} />
          <Bar
            dataKey="actual"
            name={labels.actual}
            fill={STATUS_STYLE.achieved.color}
            isAnimationActive={false}
            maxBarSize={48}
          >
            {data.map((p) => (
              <Cell key={p.year} fill={p.color} />
            ))}
          </Bar>
          <Scatter
            dataKey="target"
            name={labels.target}
            fill={CHART_COLORS.target}
            shape="diamond"
            legendType="diamond"
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
