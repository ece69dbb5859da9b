// Aggregates across indicators for the overview: status counts and progress rows (progress is
// the share of the way from baseline to target).
import type { Evaluation } from './evaluate.ts';
import { STATUS_ORDER } from './status.ts';
import type { Status } from './status.ts';

export type StatusCounts = Record<Status, number>;

/** How many indicators have each status; every status is present, zero when unused. */
export function summarizeStatuses(
  evaluations: readonly Pick<Evaluation, 'status'>[],
): StatusCounts {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as StatusCounts;
  for (const { status } of evaluations) counts[status] += 1;
  return counts;
}
