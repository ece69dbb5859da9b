// `npm run bench`: builds, then measures bundle sizes, Lighthouse, scale, exports and the
// domain engine, and writes bench-results/bench.json and bench.md. Timings are only reported.
//   --dist DIR        measure this build instead of building into bench-results/dist
//   --port N          preview server port (default 4195)
//   --only a,b        any of sizes,lighthouse,scale,exports,present,engine (default: all)
//   --runs N          Lighthouse runs per page (default 3); --loads N page loads per scale cell
//   --sizes 100,1000  synthetic indicator counts for the scale runs (default 100,1000,10000)
//   --label NAME      also writes bench-NAME.json / .md (e.g. before / after)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadDataset } from '../lib/load-dataset';
import { readBudgets } from './budgets';
import { measureEngine } from './engine';
import { measureExports } from './exports';
import { CHROME_FLAGS, lighthouse } from './lighthouse';
import { measurePresentHeap } from './present-heap';
import { toMarkdown, type BenchResult } from './report';
import { measureScale } from './scale';
import { startPreview } from './server';
import { measureBundle } from './sizes';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: '4195' },
    only: { type: 'string', default: 'sizes,lighthouse,scale,exports,present,engine' },
    runs: { type: 'string', default: '3' },
    loads: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,1000,10000' },
    label: { type: 'string', default: 'current' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const only = new Set(args.only.split(','));
const needsServer = ['lighthouse', 'scale', 'exports', 'present'].some((part) => only.has(part));
const log = (message: string) => process.stderr.write(`${message}\n`);

let dist = args.dist;
if (!dist && (only.has('sizes') || needsServer)) {
  dist = join(args.out, 'dist');
  log(`building into ${dist} …`);
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', dist, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const result: BenchResult = {
  label: args.label,
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, loadBefore: loadavg(), loadAfter: [] },
};

if (only.has('sizes') && dist) result.sizes = measureBundle(dist, readBudgets().firstVisitChunks);

if (needsServer && dist) {
  const server = await startPreview(dist, Number(args.port));
  try {
    if (only.has('lighthouse')) {
      const ids = (await (await fetch(`${server.url}/api/indicators.json`)).json()) as {
        id: string;
      }[];
      const pages = [
        ['overview', `${server.url}/`],
        ['indicator', `${server.url}/indicator/${ids[0]!.id}`],
      ] as const;
      const reports = join(args.out, 'lighthouse');
      result.lighthouse = pages.map(([label, url]) =>
        lighthouse(url, label, reports, Number(args.runs)),
      );
    }
    if (only.has('scale') || only.has('exports') || only.has('present')) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROME_FLAGS,
      });
      try {
        if (only.has('scale')) {
          const sizes = args.sizes.split(',').map(Number);
          result.scale = await measureScale(browser, server.url, sizes, Number(args.loads));
        }
        if (only.has('exports')) result.exports = await measureExports(browser, server.url);
        if (only.has('present')) {
          log('presentation mode heap over 1000 rotations …');
          result.presentHeap = await measurePresentHeap(browser, server.url);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
}

if (only.has('engine')) {
  log('domain engine …');
  const plans = loadDataset().plans.map((file) => file.plan);
  result.engine = measureEngine(plans);
}

result.machine.loadAfter = loadavg();
mkdirSync(args.out, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
const markdown = toMarkdown(result);
writeFileSync(join(args.out, 'bench.json'), json);
writeFileSync(join(args.out, 'bench.md'), markdown);
if (args.label !== 'current') {
  writeFileSync(join(args.out, `bench-${args.label}.json`), json);
  writeFileSync(join(args.out, `bench-${args.label}.md`), markdown);
}
process.stdout.write(markdown);
