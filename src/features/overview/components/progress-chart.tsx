// Target-vs-progress bullet chart: each bar is progress as % of target, the dark tick is
// where the straight path says it should be by now. Loaded lazily with Recharts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { CHART_COLORS } from '../../../components/ui/palette';
import { CHART_MAX_PCT, progressChartHeight, type ProgressChartRow } from './progress-chart-layout';

function BulletShape(props: BarShapeProps) {
  const { x, y, width, height, background, payload } = props;
  const row = payload as ProgressChartRow & { shownPct: number };
  const track = background ?? { x, y, width: 0, height };
  const markerX =
    (track.x ?? 0) +
    ((track.width ?? 0) * Math.min(row.expectedPct, CHART_MAX_PCT)) / CHART_MAX_PCT;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={row.color} rx={2} />
      <rect
        x={markerX - 1.5}
        y={y - 4}
        width={3}
        height={height + 8}
        fill={CHART_COLORS.expected}
      />
    </g>
  );
}

type Props = { rows: ProgressChartRow[]; noDataLabel: string; nameWidth: number };

export default function ProgressChart({ rows, noDataLabel, nameWidth }: Props) {
  const data = rows.map((row) => ({
    ...row,
    shownPct: row.progressPct === null ? 0 : Math.max(0, Math.min(CHART_MAX_PCT, row.progressPct)),
  }));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: progressChartHeight(rows.length) }}
      margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      barCategoryGap={10}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
      {/* interval={0}: every tick drawn, so Recharts skips measuring each label in the DOM to
          thin them out (a forced layout per label, felt on every filter change). */}
      <XAxis
        interval={0}
        type="number"
        domain={[0, CHART_MAX_PCT]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(v: number) => `${v}%`}
        tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
      />
      <YAxis
        interval={0}
        type="category"
        dataKey="name"
        width={nameWidth}
        tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
        tickFormatter={(name: string) => (name.length > 14 ? `${name.slice(0, 13)}…` : name)}
      />
      <Bar
        dataKey="shownPct"
        isAnimationActive={false}
        background={{ fill: '#eef1f4' }}
        shape={BulletShape}
      >
        <LabelList
          dataKey="progressPct"
          position="right"
          fill={CHART_COLORS.axis}
          fontSize={12}
          formatter={(value: unknown) =>
            typeof value === 'number' ? `${Math.round(value)}%` : noDataLabel
          }
        />
      </Bar>
    </BarChart>
  );
}
