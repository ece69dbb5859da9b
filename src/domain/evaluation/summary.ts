// Aggregates across indicators and series for the status summary: due verdicts and running
// verdicts counted in two groups that are never mixed.
import { DUE_STATUSES, RUNNING_STATUSES, type DueStatus, type RunningStatus } from './status.ts';
import type { Status } from './status.ts';
import type { HasVerdicts } from './verdict.ts';

export type StatusCounts = Record<Status, number>;

export type VerdictSummary = {
  due: Record<DueStatus, number>;
  running: Record<RunningStatus, number>;
  /** Entries counted in both groups (a series with a due year and a running year). */
  countedTwice: number;
  /** Entries with no verdict at all (a series without any target): shown, never counted. */
  context: number;
};

const zeros = <Key extends string>(keys: readonly Key[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<Key, number>;

/** How many verdicts have each status; every status is present, zero when unused. */
export function summarizeStatuses(entries: readonly HasVerdicts[]): StatusCounts {
  const counts = { ...zeros(DUE_STATUSES), ...zeros(RUNNING_STATUSES) } as StatusCounts;
  for (const { verdicts } of entries) for (const { status } of verdicts) counts[status] += 1;
  return counts;
}

/** The two groups of the summary: 已到期 (due) and 进行中 (running), each with its counts. */
export function summarizeVerdicts(entries: readonly HasVerdicts[]): VerdictSummary {
  const counts = summarizeStatuses(entries);
  const pick = <Key extends Status>(keys: readonly Key[]) =>
    Object.fromEntries(keys.map((k) => [k, counts[k]])) as Record<Key, number>;
  let countedTwice = 0;
  let context = 0;
  for (const { verdicts } of entries) {
    if (verdicts.length === 0) context += 1;
    if (verdicts.some((v) => v.phase === 'due') && verdicts.some((v) => v.phase === 'running'))
      countedTwice += 1;
  }
  return { due: pick(DUE_STATUSES), running: pick(RUNNING_STATUSES), countedTwice, context };
}
