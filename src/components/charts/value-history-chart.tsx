// An indicator's reported values over its plan period in plain SVG, with the target line and
// the expected straight path: the embeddable chart, drawn in the prerendered HTML. The SVG
// stretches to its frame; the axis labels are HTML beside it, so they stay legible at 320 px.
import { Dot, NON_SCALING, StretchedSvg, polylinePoints } from './stretched-svg';

export type HistoryDot = { t: number; value: number };

export type ValueHistoryProps = {
  dots: HistoryDot[];
  start: number;
  deadline: number;
  target: number;
  /** The straight path from (start, baseline or 0) to (deadline, target), when the method has one. */
  path: { from: number; to: number } | null;
  colors: { line: string; target: string; expected: string; grid: string };
  label: string;
  labels: { top: string; bottom: string; start: string; end: string };
  height: string;
};

const W = 1000;
const H = 400;

export function ValueHistoryChart(props: ValueHistoryProps) {
  const { dots, start, deadline, target, path, colors, label, labels, height } = props;
  const max = Math.max(target, ...dots.map((d) => d.value), path?.from ?? 0) * 1.08 || 1;
  const tEnd = Math.max(deadline, ...dots.map((d) => d.t));
  const x = (t: number) => ((t - start) / (tEnd - start || 1)) * W;
  const y = (v: number) => H - (v / max) * H;
  const line = polylinePoints(dots.map((d) => [x(d.t), y(d.value)]));
  const stroke = NON_SCALING;
  return (
    <div className="value-history" role="img" aria-label={label}>
      <div className="value-history__y" aria-hidden="true">
        <span>{labels.top}</span>
        <span>{labels.bottom}</span>
      </div>
      <StretchedSvg width={W} height={H} style={{ height }}>
        <line x1={0} x2={W} y1={H} y2={H} stroke={colors.grid} strokeWidth={1} {...stroke} />
        <line
          x1={0}
          x2={W}
          y1={y(target)}
          y2={y(target)}
          stroke={colors.target}
          strokeWidth={2}
          strokeDasharray="6 4"
          {...stroke}
        />
        {path && (
          <line
            x1={x(start)}
            y1={y(path.from)}
            x2={x(deadline)}
            y2={y(path.to)}
            stroke={colors.expected}
            strokeWidth={1.5}
            strokeDasharray="2 3"
            {...stroke}
          />
        )}
        {dots.length > 1 && (
          <polyline points={line} fill="none" stroke={colors.line} strokeWidth={3} {...stroke} />
        )}
        {dots.map((d) => (
          <Dot key={d.t} x={x(d.t)} y={y(d.value)} size={9} color={colors.line} />
        ))}
      </StretchedSvg>
      <div className="value-history__x" aria-hidden="true">
        <span>{labels.start}</span>
        <span>{labels.end}</span>
      </div>
    </div>
  );
}
