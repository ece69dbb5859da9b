// The value axis of a time-series chart: round ticks a whole step apart, so no two labels crowd
// each other (Recharts' own nice ticks on a fixed domain append the bound itself, e.g.
// 0, 150k, 300k, 450k, 500k, and the last two labels overlap).
import { estimateTextWidth } from './text-width';

/** A tick step of 1, 2, 2.5 or 5 × a power of ten, at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough - 1e-9 * power) ?? 10;
  return multiple * power;
}

export type ValueAxis = { domain: [number, number]; ticks: number[] };

/**
 * From 0 (or the lowest value, if negative) to a little above the highest, in at most
 * `maxTicks` ticks including both ends.
 */
export function valueAxis(values: readonly number[], maxTicks = 5): ValueAxis {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values) * 1.05;
  const intervals = Math.max(1, maxTicks - 1);
  let step = niceStep((high - low) / intervals || 1);
  let bottom = Math.floor(low / step) * step;
  let top = Math.ceil(high / step) * step;
  // Rounding both ends out can add an interval; one step up always brings it back.
  if (Math.round((top - bottom) / step) > intervals) {
    step = niceStep(step * 1.01);
    bottom = Math.floor(low / step) * step;
    top = Math.ceil(high / step) * step;
  }
  if (top === bottom) top = bottom + step;
  const count = Math.round((top - bottom) / step);
  // Rebuilt from integers so 0.1 + 0.2 style drift never shows in a label.
  const ticks = Array.from({ length: count + 1 }, (_, i) =>
    Number((bottom + i * step).toPrecision(12)),
  );
  return { domain: [ticks[0] ?? bottom, ticks.at(-1) ?? top], ticks };
}

/** Width for a value axis whose longest tick label should sit on one line. */
export function valueAxisWidth(labels: readonly string[], fontSize: number): number {
  const widest = Math.max(0, ...labels.map((label) => estimateTextWidth(label, fontSize)));
  // Recharts leaves a tick line and a small gap between label and axis.
  return Math.ceil(widest) + 12;
}
