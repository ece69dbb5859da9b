// Where the progress chart draws each thing, without knowing its width: across, everything is a
// percentage of the plot (the chart stretches with its box, on the server too); down, pixels.
// Pure, so the server's HTML and the hydrated chart are the same drawing; the page reserves
// progressChartHeight before anything else runs.
export type ProgressChartRow = {
  id: string;
  name: string;
  /** Progress in % (of the way from baseline to target), null when nothing is reported yet. */
  progressPct: number | null;
  expectedPct: number;
  color: string;
};

export const CHART_MAX_PCT = 120;
/**
 * Each row is a line of text (name, and the value at the right end) above a thin bar: names get
 * the chart's whole width instead of an axis column, which left a phone ~90 px of plot.
 */
export const ROW_HEIGHT = 44;
export const BAR_THICKNESS = 12;
export const LABEL_FONT_SIZE = 12;
/** Space between a row's text baseline and the top of its bar. */
export const LABEL_GAP = 6;
/** Margins and the x axis below the rows. */
export const CHART_PADDING = 40;
/** Above the first row; the rest of CHART_PADDING is the x axis. */
export const PLOT_TOP = 4;
/** Left and right of the plot, so the edge ticks' labels have room (half of "0%" at 12 px). */
export const SIDE_MARGIN = 12;
/** Every quarter of the target: ~70 px apart on a 390 px phone, room for "100%" (~30 px). */
export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const;

export const progressChartHeight = (rows: number) => rows * ROW_HEIGHT + CHART_PADDING;

/** A value's place across the plot, in % of its width (0–CHART_MAX_PCT maps to 0–100). */
export function plotX(pct: number): number {
  const clamped = Math.min(CHART_MAX_PCT, Math.max(0, pct));
  return Math.round((clamped / CHART_MAX_PCT) * 100 * 1000) / 1000;
}

/** Bottom of the last row: where the x axis is drawn. */
export const plotBottom = (rows: number) => PLOT_TOP + rows * ROW_HEIGHT;

export type DrawnRow = {
  id: string;
  name: string;
  color: string;
  valueText: string;
  /** Baseline of the row's text line, px from the top. */
  textY: number;
  /** Top of the bar, px from the top. */
  barY: number;
  /** Bar length and expected tick, in % of the plot's width. */
  barWidth: number;
  expectedX: number;
};

/**
 * The bar sits a little below the middle of its 44 px row (as Recharts placed it), the text line
 * LABEL_GAP above it: text 19 px, bar 25–37 px, the expected tick 22–40 px into the row.
 */
const BAR_OFFSET = (ROW_HEIGHT - BAR_THICKNESS) / 2 + (LABEL_FONT_SIZE + LABEL_GAP) / 2;

/** The value at a row's end: whole percent, or the no-data label. */
export const valueText = (progressPct: number | null, noDataLabel: string) =>
  progressPct === null ? noDataLabel : `${Math.round(progressPct)}%`;

export function drawnRows(rows: ProgressChartRow[], noDataLabel: string): DrawnRow[] {
  return rows.map((row, i) => {
    const top = PLOT_TOP + i * ROW_HEIGHT;
    return {
      id: row.id,
      name: row.name,
      color: row.color,
      valueText: valueText(row.progressPct, noDataLabel),
      textY: top + BAR_OFFSET - LABEL_GAP,
      barY: top + BAR_OFFSET,
      barWidth: row.progressPct === null ? 0 : plotX(row.progressPct),
      expectedX: plotX(row.expectedPct),
    };
  });
}
