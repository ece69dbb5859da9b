// `npm run data:check [dir] [--public]`: validates the curated dataset and names every problem
// by file, indicator and field; exits 1 on any error so CI blocks bad data. `--public` also
// fails on internal reports (内部报送), for a deployment that must hold only public sources.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { publicOnlyErrors } from '../src/domain/dataset/public-check';
import { formatDataError, validateDataset } from '../src/domain/dataset/validate-dataset';
import { archiveProblem } from './lib/dataset-archive';
import { datasetStats } from './lib/dataset-stats';
import { checkNow, todayIso } from './lib/load-dataset';
import { displayDir, readDatasetFiles } from './lib/read-dataset-files';

const args = process.argv.slice(2);
const publicOnly = args.includes('--public');
const dir = args.find((a) => !a.startsWith('--')) ?? 'data';
const shown = displayDir(dir);

if (!existsSync(dir)) {
  console.error(`✗ ${shown}/ does not exist`);
  process.exit(1);
}

let now: Date;
try {
  now = checkNow();
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}

const { dataset, errors } = validateDataset(readDatasetFiles(dir), {
  today: todayIso(now),
  dir: shown,
});

if (!dataset) {
  for (const error of errors) console.error(formatDataError(error));
  console.error(`\n✗ ${shown}/ has ${errors.length} error${errors.length === 1 ? '' : 's'}`);
  process.exit(1);
}

if (publicOnly) {
  const internal = publicOnlyErrors(dataset, shown);
  if (internal.length > 0) {
    for (const error of internal) console.error(formatDataError(error));
    console.error(
      `\n✗ ${shown}/ holds internal reports (内部报送): ${internal.length} error${internal.length === 1 ? '' : 's'} for a public deployment`,
    );
    process.exit(1);
  }
}

// The published dataset must be in the archive snapshots are verified against (datasets/).
const unarchived = path.resolve(dir) === path.resolve('data') ? archiveProblem(dataset) : null;
if (unarchived) {
  console.error(`✗ ${unarchived}`);
  process.exit(1);
}

const stats = datasetStats(dataset);
console.log(
  `✓ ${shown}/ ok${publicOnly ? ' (public sources only)' : ''}: ${stats.plans} plans, ${stats.indicators} indicators, ${stats.series} series, ${stats.figures} figures, ${stats.observations} observations, ${stats.quotes} quotes checked`,
);
console.log(
  `  ${stats.withActuals} indicators or series carry a reported actual; ` +
    `${stats.numericPairs} (series, year) pairs have a target and an actual, ` +
    `${stats.statedPairs} a target and a verdict stated in words`,
);
