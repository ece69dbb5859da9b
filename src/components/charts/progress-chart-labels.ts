// The progress chart's text decisions for a given width: which ticks fit, how much of a name.
// Apart from progress-chart-layout.ts so the first visit does not load them before the chart.
import { estimateTextWidth, fitText } from './text-width';
import { CHART_MAX_PCT, LABEL_FONT_SIZE } from './progress-chart-layout';

/** Every quarter of the target where there is room, halves on a phone-width plot. */
export function percentTicks(plotWidth: number): number[] {
  const spacing = (plotWidth * 25) / CHART_MAX_PCT;
  // "100%" is about 30 px wide at 12 px; keep at least a label's width between labels.
  return spacing >= 2 * estimateTextWidth('100%', LABEL_FONT_SIZE)
    ? [0, 25, 50, 75, 100]
    : [0, 50, 100];
}

/** A row's name, cut only if it would run into the value written at the end of its line. */
export function rowName(name: string, value: string, lineWidth: number): string {
  const valueRoom = estimateTextWidth(value, LABEL_FONT_SIZE) + LABEL_FONT_SIZE;
  return fitText(name, lineWidth - valueRoom, LABEL_FONT_SIZE);
}
