// What the history chart draws, decided before drawing: only series with at least one value get
// a line (and so a legend entry), and the value axis covers every value and the target.
import type { HistoryPoint, HistorySeries } from '../../domain/presentation/chart-series';
import { valueAxis, type ValueAxis } from './value-axis';

export type HistoryLineKey = 'expected' | 'projected' | 'reported';

/** The legend's and the tooltip's names for what the chart draws. */
export type HistoryChartLabels = Record<HistoryLineKey | 'target', string>;
const LINE_KEYS: HistoryLineKey[] = ['expected', 'projected', 'reported'];

/** The lines that have something to draw, in drawing order. */
export function drawnLines(points: readonly HistoryPoint[]): HistoryLineKey[] {
  return LINE_KEYS.filter((key) => points.some((point) => point[key] !== undefined));
}

export function historyValueAxis(series: HistorySeries, maxTicks: number): ValueAxis {
  const values = series.points.flatMap((point) => LINE_KEYS.map((key) => point[key]));
  return valueAxis([series.target, ...values.filter((value) => value !== undefined)], maxTicks);
}

/** Fewer ticks on a short chart, so labels keep at least ~28 px between them. */
export const valueTickBudget = (plotHeight: number) =>
  Math.max(3, Math.min(6, Math.floor(plotHeight / 28) + 1));

/** The time the chart spans: every point, and the deadline, where the target dot sits. */
export function historyTimeDomain(series: HistorySeries): [number, number] {
  const times = [series.deadlineT, ...series.points.map((point) => point.t)];
  return [Math.min(...times), Math.max(...times)];
}
