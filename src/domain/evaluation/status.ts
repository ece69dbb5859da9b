// The status badge, honest about time. A target is *running* until its result is due (a named
// interval after its deadline, when reports normally appear): on track, at risk, off track or
// no report yet. Once *due* it is achieved, missed, or "due, no result published".

/** What a due target can be: met, missed, or nobody has published the outcome. */
export const DUE_STATUSES = ['achieved', 'missed', 'due_no_result'] as const;
/** What a running target can be. */
export const RUNNING_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
/** Every status, in the order summaries, legends and filters list them: due first, then running. */
export const STATUS_ORDER = [...DUE_STATUSES, ...RUNNING_STATUSES] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];
export type RunningStatus = (typeof RUNNING_STATUSES)[number];
export type Status = DueStatus | RunningStatus;
export type Phase = 'running' | 'due';

/** Progress at least 90% of what the straight path expects counts as on track. */
export const ON_TRACK_RATIO = 0.9;
/** Progress at least 70% (and under 90%) of what is expected counts as at risk. */
export const AT_RISK_RATIO = 0.7;
/** Floating-point slack so a ratio of exactly 0.9 computed as 0.8999999999999999 still passes. */
export const RATIO_TOLERANCE = 1e-9;

export type { Comparator } from '../dataset/vocabulary.ts';
import type { Comparator } from '../dataset/vocabulary.ts';
import { resultDueOn } from './result-due.ts';

export const isDueStatus = (status: Status): status is DueStatus =>
  (DUE_STATUSES as readonly Status[]).includes(status);

export type StatusInput = {
  latestValue: number | null;
  /** The latest report's date: only a report dated on or after the deadline is its result. */
  latestDate: string | null;
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
export function statusFromRatio(progress: number, expected: number): RunningStatus {
  if (expected <= 0) return progress >= 0 ? 'on_track' : 'off_track';
  const ratio = progress / expected;
  if (ratio >= ON_TRACK_RATIO - RATIO_TOLERANCE) return 'on_track';
  if (ratio >= AT_RISK_RATIO - RATIO_TOLERANCE) return 'at_risk';
  return 'off_track';
}

/**
 * Whether a target is judged (due) or still being worked on (running) as of asOf: due once a
 * report dated on or after its deadline is known (its result is in), or once its result is due.
 */
export function phaseOf(input: Pick<StatusInput, 'latestDate' | 'deadline' | 'asOf'>): Phase {
  const { latestDate, deadline, asOf } = input;
  if (latestDate !== null && latestDate >= deadline) return 'due';
  return asOf >= resultDueOn(deadline) ? 'due' : 'running';
}

/** A one-shot target's status as of input.asOf (see the methodology page). */
export function statusOf(input: StatusInput): Status {
  const { latestValue, latestDate, target, comparator, deadline, progress, expectedAtLatest } =
    input;
  if (phaseOf(input) === 'due') {
    // Only a report dated on or after the deadline says how the target ended; earlier reports
    // are interim, so without one nobody has published the outcome.
    if (latestValue === null || latestDate === null || latestDate < deadline)
      return 'due_no_result';
    return meetsTarget(latestValue, comparator, target) ? 'achieved' : 'missed';
  }
  if (latestValue === null) return 'no_data';
  // Running: an interim report already at the target is on track, never "achieved" yet.
  if (meetsTarget(latestValue, comparator, target)) return 'on_track';
  if (progress === null || expectedAtLatest === null) return 'no_data';
  return statusFromRatio(progress, expectedAtLatest);
}
