// What the history chart draws inside its stretched SVG: the grid, the target line, the expected
// path (dashed), the projection (dotted), the reported values (line and dots) and the target's dot
// at the deadline. Coordinates are fractions of the plot (0…1), scaled to the surface here.
import type { HistoryLineKey } from './history-chart-layout';
import type { TimeTick } from './time-ticks';
import { Dot, NON_SCALING, SURFACE, StretchedSvg, polylinePoints } from './stretched-svg';
import type { HistoryPoint, HistorySeries } from '../../domain/presentation/chart-series';
import { CHART_COLORS } from '../ui/palette';

type Props = {
  series: HistorySeries;
  lines: readonly HistoryLineKey[];
  valueTicks: readonly number[];
  timeTicks: readonly TimeTick[];
  /** Across the plot (0 left) for a time, up the plot (0 bottom) for a value. */
  fx: (t: number) => number;
  fy: (value: number) => number;
  /** The point the tooltip reads out, drawn larger. */
  active: HistoryPoint | null;
};

const LINE_STYLE = {
  expected: { stroke: CHART_COLORS.expected, strokeWidth: 1, strokeDasharray: '6 4' },
  projected: { stroke: CHART_COLORS.projection, strokeWidth: 2, strokeDasharray: '2 3' },
  reported: { stroke: CHART_COLORS.progress, strokeWidth: 2.5 },
} as const;

export function HistoryMarks({ series, lines, valueTicks, timeTicks, fx, fy, active }: Props) {
  const x = (t: number) => fx(t) * SURFACE;
  const y = (value: number) => (1 - fy(value)) * SURFACE;
  const along = (key: HistoryLineKey) =>
    series.points.flatMap((p) => (p[key] === undefined ? [] : [[x(p.t), y(p[key])] as const]));
  const reported = series.points.filter((p) => p.reported !== undefined);
  const grid = { stroke: CHART_COLORS.grid, strokeWidth: 1, ...NON_SCALING };
  return (
    <StretchedSvg style={{ height: '100%' }}>
      {valueTicks.map((value) => (
        <line key={value} x1={0} x2={SURFACE} y1={y(value)} y2={y(value)} {...grid} />
      ))}
      {timeTicks.map(({ t, tier }) => (
        <line key={t} data-tier={tier} x1={x(t)} x2={x(t)} y1={0} y2={SURFACE} {...grid} />
      ))}
      <polyline
        points={`0,0 0,${SURFACE} ${SURFACE},${SURFACE}`}
        fill="none"
        stroke={CHART_COLORS.axis}
        strokeWidth={1}
        {...NON_SCALING}
      />
      <line
        x1={0}
        x2={SURFACE}
        y1={y(series.target)}
        y2={y(series.target)}
        stroke={CHART_COLORS.target}
        strokeWidth={1}
        strokeDasharray="2 4"
        {...NON_SCALING}
      />
      {lines.map((key) => (
        <polyline
          key={key}
          points={polylinePoints(along(key))}
          fill="none"
          strokeLinejoin="round"
          {...LINE_STYLE[key]}
          {...NON_SCALING}
        />
      ))}
      {/* Hollow dots, as a ring of the line's colour around white. */}
      {reported.map((p) => (
        <g key={p.t}>
          <Dot x={x(p.t)} y={y(p.reported!)} size={8.5} color={CHART_COLORS.progress} />
          <Dot x={x(p.t)} y={y(p.reported!)} size={3.5} color="#fff" />
        </g>
      ))}
      <Dot x={x(series.deadlineT)} y={y(series.target)} size={14} color="#fff" />
      <Dot x={x(series.deadlineT)} y={y(series.target)} size={12} color={CHART_COLORS.target} />
      {active?.reported !== undefined && (
        <Dot x={x(active.t)} y={y(active.reported)} size={11} color={CHART_COLORS.progress} />
      )}
    </StretchedSvg>
  );
}
