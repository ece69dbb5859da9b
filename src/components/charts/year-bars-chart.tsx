// A series year by year, in plain SVG: a bar per reported actual (in its result's colour), a
// tick per target, on one scale from zero; the years under the bars as text, so they stay
// legible at any width (the SVG stretches, the labels do not).
export type YearBar = { year: number; actual: number | null; target: number | null; color: string };

const HEIGHT = 100;

export function YearBarsChart({
  points,
  label,
  targetColor,
  height,
}: {
  points: YearBar[];
  label: string;
  targetColor: string;
  /** CSS height of the bars' area. */
  height: string;
}) {
  const max = Math.max(0, ...points.flatMap((p) => [p.actual ?? 0, p.target ?? 0]));
  if (points.length === 0 || max <= 0) return null;
  const slot = 100 / points.length;
  const bar = slot * 0.56;
  const y = (v: number) => HEIGHT - (v / max) * (HEIGHT - 4);
  return (
    <div className="year-bars" role="img" aria-label={label}>
      <svg
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        style={{ height, display: 'block' }}
        aria-hidden="true"
      >
        {points.map((p, i) => {
          const cx = slot * i + slot / 2;
          return (
            <g key={p.year}>
              {p.actual !== null && (
                <rect
                  x={cx - bar / 2}
                  y={y(p.actual)}
                  width={bar}
                  height={HEIGHT - y(p.actual)}
                  fill={p.color}
                />
              )}
              {p.target !== null && (
                <line
                  x1={cx - bar / 2 - slot * 0.1}
                  x2={cx + bar / 2 + slot * 0.1}
                  y1={y(p.target)}
                  y2={y(p.target)}
                  stroke={targetColor}
                  strokeWidth={4}
                  vectorEffect="non-scaling-stroke"
                />
              )}
            </g>
          );
        })}
      </svg>
      <div className="year-bars__years" aria-hidden="true">
        {points.map((p) => (
          <span key={p.year}>{p.year}</span>
        ))}
      </div>
    </div>
  );
}
