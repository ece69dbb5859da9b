// A verdict names the target it judges: a one-shot target by its deadline, a series target by
// its year. A series can hold two at once (its running year and its newest due year).
import { resultDueOn } from './result-due.ts';
import { isDueStatus, type Phase, type Status } from './status.ts';

export type Verdict = {
  phase: Phase;
  status: Status;
  /** The year a series target is for; null for a one-shot target (named by its deadline). */
  year: number | null;
  /** The deadline of the target it judges. */
  deadline: string;
  /** The day the target's result is due. */
  resultDue: string;
};

/** A verdict on a target due at deadline (for `year` when it is a series year). */
export function verdictOf(status: Status, deadline: string, year: number | null = null): Verdict {
  return {
    phase: isDueStatus(status) ? 'due' : 'running',
    status,
    year,
    deadline,
    resultDue: resultDueOn(deadline),
  };
}

/** Anything that holds verdicts: an indicator's evaluation (one) or a series' (none to two). */
export type HasVerdicts = { verdicts: readonly Verdict[] };

/** True when one of the verdicts has the status (a series matches a filter by either). */
export const hasStatus = ({ verdicts }: HasVerdicts, status: Status): boolean =>
  verdicts.some((v) => v.status === status);
