// Date ticks for a time axis drawn without measuring the chart: round dates (month starts, whole
// years…) in nested tiers, each tier a subset of the next, so CSS can show the denser tiers only
// where the chart is wide enough (a container query) and the labels never crowd each other.

/** Round steps, in months. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600] as const;

export type TimeTick = {
  t: number;
  /** The narrowest tier that shows this tick (0: always shown). */
  tier: number;
};

const monthOf = (t: number) => {
  const date = new Date(t);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/** The first day of every `step`-th month (counted from year 0) within [from, to]. */
export function monthStarts(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  for (let m = Math.ceil(monthOf(from) / step) * step; ; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t > to) return ticks;
    if (t >= from) ticks.push(t);
  }
}

const closestGap = (ticks: readonly number[]) =>
  Math.min(Infinity, ...ticks.slice(1).map((t, i) => t - ticks[i]!));

/** How round a date is: how many of the steps it falls on (1 January 2020 is rounder than 1 April). */
const roundness = (t: number) => MONTH_STEPS.filter((step) => monthOf(t) % step === 0).length;

type Tier = { every: number; offset: number };

const everyKth = (ticks: readonly number[], { every, offset }: Tier) =>
  ticks.filter((_, i) => i % every === offset % every);

/**
 * A narrower tier: every k-th tick of the finer tier's (k a multiple of its step), starting from
 * the roundest of its first k, the first such whose neighbours stay `gap` ms apart.
 */
function thinner(dense: readonly number[], finer: Tier, gap: number): Tier {
  for (let every = finer.every; ; every += finer.every) {
    const offset = Array.from(
      { length: every / finer.every },
      (_, m) => finer.offset + m * finer.every,
    )
      .filter((i) => i < dense.length)
      .reduce((best, i) => (roundness(dense[i]!) > roundness(dense[best]!) ? i : best));
    const tier = { every, offset };
    if (every >= dense.length || closestGap(everyKth(dense, tier)) >= gap) return tier;
  }
}

/**
 * Ticks for [from, to] whose neighbours at tier i stay at least `minGaps[i]` ms apart (gaps
 * descending: tier 0 is the narrowest chart). The densest tier takes round dates; each narrower
 * tier keeps every k-th of the tier above, starting from its roundest. A span holding no month
 * start gets its start.
 */
export function timeTicks(from: number, to: number, minGaps: readonly number[]): TimeTick[] {
  const widest = minGaps.length - 1;
  if (widest < 0) return [];
  const options = MONTH_STEPS.map((step) => monthStarts(from, to, step)).filter((t) => t.length);
  const dense = options.find((ticks) => closestGap(ticks) >= minGaps[widest]!) ?? options.at(-1);
  if (!dense) return [{ t: from, tier: 0 }];
  const tiers: Tier[] = [];
  tiers[widest] = { every: 1, offset: 0 };
  for (let i = widest - 1; i >= 0; i -= 1) tiers[i] = thinner(dense, tiers[i + 1]!, minGaps[i]!);
  return dense.map((t, i) => ({
    t,
    tier: tiers.findIndex(({ every, offset }) => i % every === offset % every),
  }));
}
