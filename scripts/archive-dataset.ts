// `npm run data:archive`: adds the current data/ to the archive of published dataset versions
// (datasets/<hash>.json), so snapshots made from it can be verified later. Commit the new file.
import { archiveDataset, archiveProblem } from './lib/dataset-archive';
import { loadDataset } from './lib/load-dataset';

const dataset = loadDataset('data');
const { file, added } = archiveDataset(dataset);
const problem = archiveProblem(dataset);
if (problem) {
  console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(
  added ? `✓ added ${file}: commit it with the data change` : `✓ ${file} already archived`,
);
