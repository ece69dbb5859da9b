// Adds up what Vitest and Playwright reported in a CI log and prints one plain closing line,
// "N passed, N failed", so any reader of the log sees the total at the end. Where the log's lines
// carry the seconds since the start (scripts/ci-tee.mjs), it first prints each step's time.
import { readFileSync } from 'node:fs';

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const STAMPED = /^(\d+\.\d)\t/;
const raw = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').replace(ANSI_COLOUR, '');
const lines = raw.split('\n');

// A step starts at npm's "> plan-tracker@0.1.0 <script>" line and ends where the next one starts
// (or the log ends); the scripts that only run others (test:all…) are left out. What comes before
// the first script is npm ci; .ci/run's "[ci] apt-get: waited N s" line is a step of its own.
const steps = [{ name: 'npm ci', start: 0 }];
let lastSeconds = 0;
const endLastStep = (at) => {
  const last = steps.at(-1);
  if (last.end === undefined) last.end = at;
};
for (const line of lines) {
  const at = line.match(STAMPED);
  if (!at) continue;
  const text = line.slice(at[0].length);
  lastSeconds = Number(at[1]);
  const script = text.match(/^> [\w@./-]+ ([\w:.-]+)$/)?.[1];
  const waited = text.match(/^\[ci\] apt-get: waited (\d+) s/)?.[1];
  if (script && !script.startsWith('test:all')) {
    endLastStep(lastSeconds);
    steps.push({ name: script, start: lastSeconds });
  } else if (waited !== undefined) {
    const start = lastSeconds - Number(waited);
    endLastStep(start);
    steps.push({ name: 'waiting for apt-get', start, end: lastSeconds });
  }
}
if (lastSeconds > 0) {
  endLastStep(lastSeconds);
  for (const step of steps)
    console.log(`${(step.end - step.start).toFixed(0).padStart(5)} s  ${step.name}`);
  console.log(`${lastSeconds.toFixed(0).padStart(5)} s  in all`);
}

const log = lines.map((line) => line.replace(STAMPED, '')).join('\n');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  const vitest = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
  const playwright = line.match(
    /^\s+(\d+) (passed|failed|skipped|flaky)(?: \([\d.]+(?:ms|s|m|h)\))?\s*$/,
  );
  if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
    skipped += Number(vitest[1].match(/(\d+) skipped/)?.[1] ?? 0);
  } else if (playwright) {
    const n = Number(playwright[1]);
    if (playwright[2] === 'failed') failed += n;
    else if (playwright[2] === 'skipped') skipped += n;
    else passed += n;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
