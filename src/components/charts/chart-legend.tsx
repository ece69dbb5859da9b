// A legend in HTML for the charts drawn in plain SVG: each entry's mark drawn as the chart draws
// it (solid, dashed or dotted line, or a dot). `data-legend-color` lets the image export redraw it.
import { NON_SCALING } from './stretched-svg';

export type LegendMark = 'line' | 'dashed' | 'dotted' | 'dot';
export type LegendEntry = { key: string; label: string; color: string; mark: LegendMark };

const DASHES: Record<LegendMark, string | undefined> = {
  line: undefined,
  dashed: '6 4',
  dotted: '2 3',
  dot: undefined,
};

function Mark({ color, mark }: { color: string; mark: LegendMark }) {
  return (
    <svg viewBox="0 0 20 10" width="20" height="10" aria-hidden="true">
      {mark === 'dot' ? (
        <circle cx={10} cy={5} r={4.5} fill={color} />
      ) : (
        <line
          x1={0}
          x2={20}
          y1={5}
          y2={5}
          stroke={color}
          strokeWidth={mark === 'line' ? 2.5 : 2}
          strokeDasharray={DASHES[mark]}
          {...NON_SCALING}
        />
      )}
    </svg>
  );
}

export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map(({ key, label, color, mark }) => (
        <li key={key} data-legend-color={color} style={{ color }}>
          <Mark color={color} mark={mark} />
          {label}
        </li>
      ))}
    </ul>
  );
}
