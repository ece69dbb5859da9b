// "Missed" right after a deadline often means only that the year-end figure is not out yet.
import type { Evaluation } from './evaluate.ts';

/**
 * True when the status is "missed" on a report dated before the deadline: no figure for the
 * deadline itself has been reported, so the page says so beside the badge.
 */
export function awaitsFinalFigure(
  evaluation: Pick<Evaluation, 'status' | 'latest' | 'deadline'>,
): boolean {
  const { status, latest, deadline } = evaluation;
  return status === 'missed' && latest !== null && latest.date < deadline;
}
