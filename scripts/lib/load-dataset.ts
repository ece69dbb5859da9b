// The one way scripts get the dataset: read data/, validate it, and refuse to go on if it is bad.
import {
  formatDataError,
  validateDataset,
  type Dataset,
} from '../../src/domain/dataset/validate-dataset.ts';
import { beijingDateOf } from '../../src/domain/evaluation/dates.ts';
import { displayDir, readDatasetFiles } from './read-dataset-files.ts';

/**
 * Today as YYYY-MM-DD in Beijing, where the plans are kept: the cut-off for "observation in the
 * future". (The UTC day would refuse, between 00:00 and 08:00 Beijing, a figure dated today.)
 */
export function todayIso(now = new Date()): string {
  return beijingDateOf(now);
}

/**
 * The clock data:check reads: DATA_CHECK_NOW (an ISO instant, for tests and reruns of a past
 * check) or the real time. Throws on a value that is not a date rather than guessing.
 */
export function checkNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.DATA_CHECK_NOW;
  if (pinned === undefined || pinned === '') return new Date();
  const now = new Date(pinned);
  if (Number.isNaN(now.getTime()))
    throw new Error(
      `DATA_CHECK_NOW=${JSON.stringify(pinned)} is not a date: write an ISO instant such as 2026-03-01T17:00:00Z`,
    );
  return now;
}

/** The validated dataset in `dir`; throws an Error listing every problem, one per line. */
export function loadDataset(dir = 'data', options: { today?: string; cwd?: string } = {}): Dataset {
  const cwd = options.cwd ?? process.cwd();
  const { dataset, errors } = validateDataset(readDatasetFiles(dir, cwd), {
    today: options.today ?? todayIso(),
    dir: displayDir(dir, cwd),
  });
  if (!dataset) {
    const lines = errors.map((error) => `  ${formatDataError(error)}`);
    throw new Error(
      `${displayDir(dir, cwd)}/ has ${errors.length} data error(s):\n${lines.join('\n')}`,
    );
  }
  return dataset;
}
