// `npm run data:template -- <file.xlsx> [--data-dir data]`: writes the reporting template
// (填报模板) for the dataset in data/: guide, reference sheet, entry sheet with validation.
import { writeFileSync } from 'node:fs';
import { withoutCuratorNotes } from '../src/domain/dataset/curator-notes';
import { writeTemplate } from '../src/lib/reporting/write-template';
import { datasetHash } from './lib/api-files';
import { loadDataset } from './lib/load-dataset';
import { parseReportArgs } from './lib/report-args';

const args = parseReportArgs(process.argv.slice(2));
if (!args.file || !args.file.toLowerCase().endsWith('.xlsx')) {
  console.error('usage: npm run data:template -- <file.xlsx> [--data-dir <dir>]');
  process.exit(2);
}
const dataset = loadDataset(args.dataDir);
const plans = [...dataset.plans].sort(
  (a, b) =>
    a.plan.period.start.localeCompare(b.plan.period.start) || a.plan.id.localeCompare(b.plan.id),
);
const bytes = await writeTemplate({
  plans: plans.map((p) => p.plan),
  indicators: plans.flatMap((p) => p.indicators),
  series: [...dataset.series].sort((a, b) => a.id.localeCompare(b.id)),
  datasetHash: datasetHash(withoutCuratorNotes(dataset)),
  createdAt: new Date(),
});
writeFileSync(args.file, bytes);
console.log(
  `✓ wrote ${args.file}: template ${'pt-report-v1'}, ${plans.reduce((n, p) => n + p.indicators.length, 0)} indicators, ${dataset.series.length} series`,
);
