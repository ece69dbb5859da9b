// `npm run check:budgets [dist]`: fails when the entry chunk, any other chunk or the first
// visit's JS as a whole is over its gzip budget (bench/budgets.json), naming each and both sizes.
import { checkBudgets, describeViolation, readBudgets } from './bench/budgets';
import { measureBundle } from './bench/sizes';

const dist = process.argv[2] ?? 'dist';
const budgets = readBudgets();
const sizes = measureBundle(dist, budgets.firstVisitChunks);
const firstUse = measureBundle(dist, [
  ...budgets.firstVisitChunks,
  ...budgets.firstUseChunks,
]).initial;
const violations = checkBudgets(sizes, budgets, firstUse);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (violations.length > 0) {
  console.error(`Over budget (bench/budgets.json; gzip -9 of ${dist}/assets):`);
  for (const violation of violations) console.error(`  ✗ ${describeViolation(violation)}`);
  console.error('Make it smaller or lazy, or raise the budget in the same change and say why.');
  process.exit(1);
}
console.log(
  `Budgets OK: first visit ${kB(sizes.initial.gzip)} of ${kB(budgets.gzip.firstVisit)} ` +
    `(${sizes.initial.files.length} files), first use ${kB(firstUse.gzip)} of ` +
    `${kB(budgets.gzip.firstUse)}, entry ${kB(sizes.entry.gzip)}, ` +
    `${sizes.chunks.length} chunks checked.`,
);
