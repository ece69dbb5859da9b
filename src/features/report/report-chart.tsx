// The briefing's history chart at a fixed size (see report-layout). Loaded lazily with Recharts.
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from '../../components/ui/palette';
import { niceCeiling, type HistorySeries } from '../../domain/chart-series';
import { REPORT_CHART_HEIGHT, REPORT_CHART_WIDTH } from './report-layout';

type Props = {
  series: HistorySeries;
  labels: { reported: string; expected: string; projected: string; target: string };
  formatValue: (value: number) => string;
  formatDate: (t: number) => string;
};

export default function ReportChart({ series, labels, formatValue, formatDate }: Props) {
  const values = series.points
    .flatMap((p) => [p.reported, p.expected, p.projected])
    .filter((v) => v !== undefined);
  const top = niceCeiling(Math.max(series.target, ...values) * 1.05);
  const bottom = Math.min(0, ...values);
  return (
    <ComposedChart
      width={REPORT_CHART_WIDTH}
      height={REPORT_CHART_HEIGHT}
      data={series.points}
      margin={{ top: 8, right: 24, bottom: 0, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={formatDate}
        tick={{ fill: CHART_COLORS.axis, fontSize: 11 }}
        minTickGap={24}
      />
      <YAxis
        domain={[bottom, top]}
        tickFormatter={formatValue}
        width={76}
        tick={{ fill: CHART_COLORS.axis, fontSize: 11 }}
      />
      <Legend verticalAlign="bottom" height={24} wrapperStyle={{ fontSize: 11 }} />
      <ReferenceLine y={series.target} stroke={CHART_COLORS.target} strokeDasharray="2 4" />
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
        strokeDasharray="2 4"
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
