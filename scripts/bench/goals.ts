// The performance goals (first visit, interaction, scale, exports), reported met / not met
// beside the measurements; never asserted.
import type { PageComparison } from './lighthouse-compare';
import type { InteractionResult } from './interaction';
import type { VisitJs } from './first-visit-js';

export const GOALS = {
  /** The project's median LCP at most this many times the no-JS page's. */
  lcpRatio: 1.05,
  tbtMs: 50,
  /** Layout shift: 0 at three decimals, in every run. */
  clsBelow: 0.0005,
  /** First-visit JS, gzip -9: 90 kB = 90,000 bytes (not 90 KiB = 92,160). */
  jsBytes: 90_000,
  interactionMs: 1500,
  /** 10,000 demo indicators on the overview: first chart drawn, and a filter change painted. */
  scaleSize: 10_000,
  scaleChartMs: 1000,
  scaleFilterMs: 50,
  /** Click to file, ~1,000 indicators. */
  exportMs: { png: 1500, xlsx: 500 } as Partial<Record<string, number>>,
} as const;

export type Verdict = boolean | null;

export const lcpMet = (c: PageComparison): Verdict =>
  Number.isFinite(c.lcpRatio) ? c.lcpRatio <= GOALS.lcpRatio : null;
export const tbtMet = (c: PageComparison): Verdict =>
  c.project.runs.length ? c.project.stats.tbtMs.median <= GOALS.tbtMs : null;
export const clsMet = (c: PageComparison): Verdict =>
  c.project.runs.length ? c.project.stats.cls.max < GOALS.clsBelow : null;
export const jsMet = (v: VisitJs): Verdict => v.gzip <= GOALS.jsBytes;
/** Met when every load showed the result and the median is within the goal. */
export const delayMet = (r: InteractionResult): Verdict =>
  r.loads.length === 0
    ? null
    : r.loads.every((ms) => ms !== null) && r.stats.median <= GOALS.interactionMs;

/** Met when measured and within `goalMs`. */
export const withinMs = (measured: number | null, goalMs: number): Verdict =>
  measured === null ? null : measured <= goalMs;

export const verdict = (v: Verdict) => (v === null ? 'n/a' : v ? '**met**' : '**not met**');
