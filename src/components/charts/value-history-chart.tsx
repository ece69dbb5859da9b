// An indicator's reported values over its plan period in plain SVG, with the target line and
// the expected straight path: the embeddable chart, drawn in the prerendered HTML. The SVG
// stretches to its frame; the axis labels are HTML beside it, so they stay legible at 320 px.
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
  const line = dots.map((d) => `${x(d.t).toFixed(1)},${y(d.value).toFixed(1)}`).join(' ');
  const stroke = { vectorEffect: 'non-scaling-stroke' } as const;
  return (
    <div className="value-history" role="img" aria-label={label}>
      <div className="value-history__y" aria-hidden="true">
        <span>{labels.top}</span>
        <span>{labels.bottom}</span>
      </div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        width="100%"
        style={{ height, display: 'block', overflow: 'visible' }}
        aria-hidden="true"
      >
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
        {/* A zero-length round-capped line is a dot that stays round however the SVG stretches. */}
        {dots.map((d) => (
          <line
            key={d.t}
            x1={x(d.t)}
            x2={x(d.t)}
            y1={y(d.value)}
            y2={y(d.value)}
            stroke={colors.line}
            strokeWidth={9}
            strokeLinecap="round"
            {...stroke}
          />
        ))}
      </svg>
      <div className="value-history__x" aria-hidden="true">
        <span>{labels.start}</span>
        <span>{labels.end}</span>
      </div>
    </div>
  );
}
