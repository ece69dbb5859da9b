// Target-vs-progress bullet chart: each bar is progress (% of the way from baseline to target),
// the dark tick is where the straight path says it should be by now. The name and the value sit
// on a line above each bar. Loaded lazily with Recharts.
// Before recharts: Rolldown names the shared Recharts chunk after its first module, and
// bench/budgets.json knows it as CartesianChart.
import { ChartFrame } from './chart-frame';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { CHART_COLORS } from '../ui/palette';
import {
  BAR_THICKNESS,
  CHART_MARGIN,
  CHART_MAX_PCT,
  LABEL_FONT_SIZE,
  LABEL_GAP,
  progressChartHeight,
  type ProgressChartRow,
} from './progress-chart-layout';
import { percentTicks, rowName } from './progress-chart-labels';

type ShownRow = ProgressChartRow & { shownPct: number; valueText: string };

// Recharts centres the bar in its band; half the label line above it centres the whole row.
const ROW_SHIFT = (LABEL_FONT_SIZE + LABEL_GAP) / 2;

function BulletShape(props: BarShapeProps) {
  const { x, width, background, payload } = props;
  const row = payload as ShownRow;
  // Drawn from the track, not the bar: a row with nothing reported still gets its name.
  const track = background ?? { x, y: props.y, width: 0, height: props.height };
  const trackX = track.x ?? 0;
  const trackWidth = track.width ?? 0;
  const height = track.height ?? 0;
  if (!(height > 0) || !(trackWidth > 0)) return null;
  const y = (track.y ?? 0) + ROW_SHIFT;
  const markerX = trackX + (trackWidth * Math.min(row.expectedPct, CHART_MAX_PCT)) / CHART_MAX_PCT;
  const baseline = y - LABEL_GAP;
  return (
    <g>
      <text x={trackX} y={baseline} fontSize={LABEL_FONT_SIZE} fill={CHART_COLORS.expected}>
        {rowName(row.name, row.valueText, trackWidth)}
      </text>
      <text
        x={trackX + trackWidth}
        y={baseline}
        fontSize={LABEL_FONT_SIZE}
        fontWeight={600}
        textAnchor="end"
        fill={CHART_COLORS.axis}
      >
        {row.valueText}
      </text>
      <rect x={trackX} y={y} width={trackWidth} height={height} fill="#eef1f4" rx={2} />
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={row.color} rx={2} />
      <rect
        x={markerX - 1.5}
        y={y - 3}
        width={3}
        height={height + 6}
        fill={CHART_COLORS.expected}
      />
    </g>
  );
}

type Props = {
  rows: ProgressChartRow[];
  noDataLabel: string;
};

export default function ProgressChart({ rows, noDataLabel }: Props) {
  const data: ShownRow[] = rows.map((row) => ({
    ...row,
    shownPct: row.progressPct === null ? 0 : Math.max(0, Math.min(CHART_MAX_PCT, row.progressPct)),
    valueText: row.progressPct === null ? noDataLabel : `${Math.round(row.progressPct)}%`,
  }));
  const height = progressChartHeight(rows.length);
  return (
    <ChartFrame height={height}>
      {(width) => (
        <BarChart
          layout="vertical"
          data={data}
          width={width}
          height={height}
          margin={CHART_MARGIN}
          barSize={BAR_THICKNESS}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          {/* interval={0}: every tick drawn, so Recharts skips measuring each label in the DOM
              to thin them out (a forced layout per label, felt on every filter change). */}
          <XAxis
            interval={0}
            type="number"
            domain={[0, CHART_MAX_PCT]}
            ticks={percentTicks(width - CHART_MARGIN.left - CHART_MARGIN.right)}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fill: CHART_COLORS.axis, fontSize: LABEL_FONT_SIZE }}
          />
          <YAxis type="category" dataKey="name" hide />
          {/* The track is drawn by the shape (under the row's text); this only reports its box. */}
          <Bar
            dataKey="shownPct"
            isAnimationActive={false}
            background={{ fill: 'none' }}
            shape={BulletShape}
          />
        </BarChart>
      )}
    </ChartFrame>
  );
}
