// The status badge: achieved, on track, at risk, off track, missed, or no data.

/** Display order, best first; summaries and legends follow it. */
export const STATUS_ORDER = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'missed',
  'no_data',
] as const;
export type Status = (typeof STATUS_ORDER)[number];

/** Progress at least 90% of what the straight path expects counts as on track. */
export const ON_TRACK_RATIO = 0.9;
/** Progress at least 70% (and under 90%) of what is expected counts as at risk. */
export const AT_RISK_RATIO = 0.7;
/** Floating-point slack so a ratio of exactly 0.9 computed as 0.8999999999999999 still passes. */
export const RATIO_TOLERANCE = 1e-9;

export type { Comparator } from '../dataset/vocabulary.ts';
import type { Comparator } from '../dataset/vocabulary.ts';

export type StatusInput = {
  latestValue: number | null;
  target: number;
  comparator: Comparator;
  deadline: string;
  asOf: string;
  progress: number | null;
  /** Expected progress on the latest observation's date: reports lag, so not on asOf. */
  expectedAtLatest: number | null;
};

/** Whether value satisfies the target's comparator (≥ for gte, ≤ for lte). */
export function meetsTarget(value: number, comparator: Comparator, target: number): boolean {
  return comparator === 'gte' ? value >= target : value <= target;
}

/** Grade progress against expected progress with the named ratio thresholds. */
export function statusFromRatio(progress: number, expected: number): Status {
  if (expected <= 0) return progress >= 0 ? 'on_track' : 'off_track';
  const ratio = progress / expected;
  if (ratio >= ON_TRACK_RATIO - RATIO_TOLERANCE) return 'on_track';
  if (ratio >= AT_RISK_RATIO - RATIO_TOLERANCE) return 'at_risk';
  return 'off_track';
}

/** The indicator's status as of input.asOf, applying the rules of the product brief (../shared/DESIGN.md, "Progress and status") in order. */
export function statusOf(input: StatusInput): Status {
  const { latestValue, target, comparator, deadline, asOf, progress, expectedAtLatest } = input;
  if (latestValue === null) return 'no_data';
  // A report that meets the target counts as achieved even when it is dated after the
  // deadline: the target was reached, late or not, and the badge says what is true now.
  if (meetsTarget(latestValue, comparator, target)) return 'achieved';
  if (asOf > deadline) return 'missed';
  if (progress === null || expectedAtLatest === null) return 'no_data';
  return statusFromRatio(progress, expectedAtLatest);
}
