// Adds up what Vitest and Playwright reported in a CI log and prints one plain closing line,
// "N passed, N failed", so any reader of the log sees the total at the end.
import { readFileSync } from 'node:fs';

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const log = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').replace(ANSI_COLOUR, '');
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
