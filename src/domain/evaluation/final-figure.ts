// "Due, no result published" with an interim figure: the page says no report has come since the deadline.
import type { Evaluation } from './evaluate.ts';

/**
 * True when the result is due and the latest report predates the deadline: no figure for the
 * deadline itself has been reported, so the page says so beside the latest value.
 */
export function awaitsFinalFigure(
  evaluation: Pick<Evaluation, 'status' | 'latest' | 'deadline'>,
): boolean {
  const { status, latest, deadline } = evaluation;
  return status === 'due_no_result' && latest !== null && latest.date < deadline;
}
