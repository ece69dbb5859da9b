// A small per-year chart for a series card: a bar per reported actual, a tick per target.
// Plain SVG (no chart library), so it is in the prerendered HTML and costs nothing to load.
import { CHART_COLORS } from '../ui/palette.ts';

export type SeriesMiniPoint = {
  year: number;
  actual: number | null;
  target: number | null;
  /** Bar colour: the year's status colour. */
  color: string;
};

const WIDTH = 160;
const HEIGHT = 48;
const LABEL = 11;

/** Bars for actuals and ticks for targets, on one scale from zero; years under the bars. */
export function SeriesMiniChart({ points, label }: { points: SeriesMiniPoint[]; label: string }) {
  const values = points.flatMap((p) => [p.actual ?? 0, p.target ?? 0]);
  const max = Math.max(...values, 0);
  if (points.length === 0 || max <= 0) return null;
  const slot = WIDTH / points.length;
  const barWidth = Math.min(18, slot * 0.6);
  const plot = HEIGHT - LABEL;
  const y = (v: number) => plot - (v / max) * (plot - 2);
  return (
    <svg
      className="series-mini-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      {points.map((p, i) => {
        const cx = slot * i + slot / 2;
        return (
          <g key={p.year}>
            {p.actual !== null && (
              <rect
                x={cx - barWidth / 2}
                y={y(p.actual)}
                width={barWidth}
                height={plot - y(p.actual)}
                fill={p.color}
                opacity={0.85}
              />
            )}
            {p.target !== null && (
              <line
                x1={cx - barWidth / 2 - 3}
                x2={cx + barWidth / 2 + 3}
                y1={y(p.target)}
                y2={y(p.target)}
                stroke={CHART_COLORS.target}
                strokeWidth={2}
              />
            )}
            <text x={cx} y={HEIGHT - 1} textAnchor="middle" fontSize={9} fill={CHART_COLORS.axis}>
              {String(p.year).slice(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
