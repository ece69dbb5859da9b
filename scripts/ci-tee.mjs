// `tee` with a clock: prints its input unchanged and writes each line to the log (argv[2]) after
// the seconds since it started and a tab, so scripts/ci-summary.mjs can time each step.
import { createWriteStream } from 'node:fs';

const log = createWriteStream(process.argv[2]);
const started = performance.now();
let partial = '';
const stamp = () => ((performance.now() - started) / 1000).toFixed(1);

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk).split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) log.write(`${stamp()}\t${line}\n`);
});
process.stdin.on('end', () => {
  if (partial) log.write(`${stamp()}\t${partial}\n`);
  log.end(`${stamp()}\t\n`);
});
