// `npm run data:archive`: adds the current data/ to the archive of published dataset versions
// (datasets/<hash>.json) with its figures and every shown field, so snapshots made from it can be
// verified later (a figures-only file of the same version gets its content). Commit the file.
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
  added ? `✓ wrote ${file}: commit it with the data change` : `✓ ${file} already archived`,
);
