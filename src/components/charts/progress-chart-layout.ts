// Sizes shared by the lazy chart and its placeholder, so swapping them never shifts layout.
// (What depends on the drawn width is in progress-chart-labels.ts, loaded with the chart.)

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
export const CHART_MARGIN = { top: 4, right: 8, bottom: 4, left: 8 } as const;

export const progressChartHeight = (rows: number) => rows * ROW_HEIGHT + CHART_PADDING;
