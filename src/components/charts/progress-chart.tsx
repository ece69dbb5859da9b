// Target-vs-progress bullet chart, drawn without a chart library so it is whole in the
// prerendered HTML: each bar is progress (% of the way from baseline to target), the dark tick
// is where the straight path says it should be by now. Across, the SVG is in percentages, so it
// stretches with its box without measuring it; each row's name and value are an HTML line above
// its bar, so a long name is cut with "…" before the value (CSS, at whatever width).
// The export (lib/export/chart-svg.ts) turns those lines into SVG text: data-export-area/-text.
import { CHART_COLORS } from '../ui/palette';
import {
  BAR_THICKNESS,
  LABEL_FONT_SIZE,
  PERCENT_TICKS,
  PLOT_TOP,
  SIDE_MARGIN,
  drawnRows,
  plotBottom,
  plotX,
  progressChartHeight,
  type ProgressChartRow,
} from './progress-chart-layout';

const TRACK = '#eef1f4';
const TICK_SIZE = 6;
/** Pixels the text line's box starts above its baseline (16 px line for 12 px type). */
const LINE_ASCENT = 13;

type Props = {
  rows: ProgressChartRow[];
  noDataLabel: string;
};

export function ProgressChart({ rows, noDataLabel }: Props) {
  const drawn = drawnRows(rows, noDataLabel);
  const height = progressChartHeight(rows.length);
  const bottom = plotBottom(rows.length);
  return (
    <div
      className="progress-chart"
      style={{ height, paddingInline: SIDE_MARGIN }}
      data-export-area=""
    >
      <svg className="progress-chart__svg" width="100%" height={height} overflow="visible">
        {PERCENT_TICKS.map((tick) => (
          <line
            key={tick}
            x1={`${plotX(tick)}%`}
            x2={`${plotX(tick)}%`}
            y1={PLOT_TOP}
            y2={bottom}
            stroke={CHART_COLORS.grid}
          />
        ))}
        {drawn.map((row) => (
          <g key={row.id} className="progress-chart__bar">
            <rect x={0} y={row.barY} width="100%" height={BAR_THICKNESS} fill={TRACK} rx={2} />
            <rect
              x={0}
              y={row.barY}
              width={`${row.barWidth}%`}
              height={BAR_THICKNESS}
              fill={row.color}
              rx={2}
            />
            <rect
              x={`${row.expectedX}%`}
              y={row.barY - 3}
              width={3}
              height={BAR_THICKNESS + 6}
              transform="translate(-1.5 0)"
              fill={CHART_COLORS.expected}
            />
          </g>
        ))}
        <g className="progress-chart__axis">
          <line x1={0} x2="100%" y1={bottom} y2={bottom} stroke={CHART_COLORS.axis} />
          {PERCENT_TICKS.map((tick) => (
            <g key={tick}>
              <line
                x1={`${plotX(tick)}%`}
                x2={`${plotX(tick)}%`}
                y1={bottom}
                y2={bottom + TICK_SIZE}
                stroke={CHART_COLORS.axis}
              />
              <text
                x={`${plotX(tick)}%`}
                y={bottom + TICK_SIZE + 2}
                dy="0.71em"
                textAnchor="middle"
                fontSize={LABEL_FONT_SIZE}
                fill={CHART_COLORS.axis}
              >
                {tick}%
              </text>
            </g>
          ))}
        </g>
      </svg>
      {drawn.map((row) => (
        <div
          key={row.id}
          className="progress-chart__line"
          style={{
            top: row.textY - LINE_ASCENT,
            left: SIDE_MARGIN,
            right: SIDE_MARGIN,
            gap: LABEL_FONT_SIZE,
          }}
        >
          <span
            className="progress-chart__name"
            style={{ color: CHART_COLORS.expected }}
            data-export-text=""
          >
            {row.name}
          </span>
          <span
            className="progress-chart__value"
            style={{ color: CHART_COLORS.axis }}
            data-export-text=""
          >
            {row.valueText}
          </span>
        </div>
      ))}
    </div>
  );
}
