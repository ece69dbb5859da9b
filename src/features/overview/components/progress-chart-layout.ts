// Sizes shared by the lazy chart and its placeholder, so swapping them never shifts layout.
export type ProgressChartRow = {
  id: string;
  name: string;
  /** Progress in % of target, null when nothing is reported yet. */
  progressPct: number | null;
  expectedPct: number;
  color: string;
};

export const CHART_MAX_PCT = 120;
export const ROW_HEIGHT = 34;
export const CHART_PADDING = 40;

export const progressChartHeight = (rows: number) => rows * ROW_HEIGHT + CHART_PADDING;
