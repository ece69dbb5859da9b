// The one way scripts get the dataset: read data/, validate it, and refuse to go on if it is bad.
import {
  formatDataError,
  validateDataset,
  type Dataset,
} from '../../src/domain/dataset/validate-dataset.ts';
import { displayDir, readDatasetFiles } from './read-dataset-files.ts';

/** Today as YYYY-MM-DD (UTC), the default cut-off for "observation in the future". */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
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
