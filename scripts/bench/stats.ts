// Small statistics for noisy timings: medians, and how a timing grows with the data.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * How a timing grew against how the input grew, on a log-log scale: 1 is linear, below 1 is
 * better than linear (fixed costs dominate), 2 is quadratic. Null when a timing is missing or
 * there is only one size.
 */
export function growthExponent(
  small: { n: number; ms: number | null },
  large: { n: number; ms: number | null },
): number | null {
  if (small.ms === null || large.ms === null || small.ms <= 0 || large.ms <= 0) return null;
  if (large.n <= small.n) return null;
  return Math.log(large.ms / small.ms) / Math.log(large.n / small.n);
}

export const round = (value: number, digits = 0) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export type Growth = { ratio: number; exponent: number } | null;

/** How much slower the large run was (ratio) and the exponent above; null if not comparable. */
export function growth(
  small: { n: number; ms: number | null },
  large: { n: number; ms: number | null },
): Growth {
  const exponent = growthExponent(small, large);
  return exponent === null
    ? null
    : { ratio: round(large.ms! / small.ms!, 1), exponent: round(exponent, 2) };
}

export type Spread = { median: number; min: number; max: number };

/** Median and range of a few noisy runs (NaN everywhere when there are none). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
