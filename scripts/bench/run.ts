// `npm run bench`: builds, then measures bundle sizes, Lighthouse against the no-JS page,
// first-visit JS, first-interaction delays, scale, exports, the deck and Word briefing writers,
// the domain engine and the curation workbench (extraction, the DOCX/PDF readers, their chunks),
// and writes bench-results/bench.json and bench.md (also printed). Timings are only reported: a
// part that fails is reported as failed and the run still exits 0.
//   --dist DIR        measure this build instead of building into bench-results/dist
//   --port N          preview server port (default 4195); the no-JS copy is served on N + 1
//   --only a,b        any of sizes,lighthouse,js,interaction,scale,exports,present,office,engine,
//                     curation
//   --runs N          Lighthouse runs per page and variant (default 5)
//   --loads N         page loads per interaction and per scale cell (default 3)
//   --indicator ID    the indicator page to measure (default: the one with most observations)
//   --sizes 100,1000  synthetic indicator counts for the scale runs (default 100,1000,10000)
//   --label NAME      also writes bench-NAME.json / .md (e.g. before / after)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { loadDataset } from '../lib/load-dataset';
import { readBudgets } from './budgets';
import { measureEngine } from './engine';
import { measureExports } from './exports';
import { measureFirstVisitJs } from './first-visit-js';
import { measureInteractions } from './interaction';
import { measureOfficeExports } from './office-exports';
import { CHROME_FLAGS } from './lighthouse';
import { compareLighthouse } from './lighthouse-compare';
import { makeNoJsCopy } from './no-js-dist';
import { OVERVIEW, pickIndicator } from './pages';
import { measurePresentHeap } from './present-heap';
import { toMarkdown, type BenchResult } from './report';
import { measureScale } from './scale';
import { startPreview, type Server } from './server';
import { measureBundle } from './sizes';
import { measureCuration } from './curation';

const ALL = 'sizes,lighthouse,js,interaction,scale,exports,present,office,engine,curation';
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: '4195' },
    only: { type: 'string', default: ALL },
    runs: { type: 'string', default: '5' },
    loads: { type: 'string', default: '3' },
    indicator: { type: 'string' },
    sizes: { type: 'string', default: '100,1000,10000' },
    label: { type: 'string', default: 'current' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const only = new Set(args.only.split(','));
const browserParts = ['js', 'interaction', 'scale', 'exports', 'present'];
const needsServer = ['lighthouse', ...browserParts].some((part) => only.has(part));
const log = (message: string) => process.stderr.write(`${message}\n`);
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average ${loadavg().join(', ')}`;
  }
};

let dist = args.dist;
if (!dist && (only.has('sizes') || only.has('curation') || needsServer)) {
  dist = join(args.out, 'dist');
  log(`building into ${dist} …`);
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', dist, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const result: BenchResult = {
  label: args.label,
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    loadBefore: loadavg(),
    loadAfter: [],
    uptimeBefore: uptime(),
    uptimeAfter: '',
  },
};

/** Runs one part; a failure is recorded in the result instead of ending the run. */
async function attempt(part: string, measure: () => Promise<void> | void): Promise<void> {
  if (!only.has(part)) return;
  try {
    await measure();
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    log(`${part} failed: ${message}`);
    result.errors = { ...result.errors, [part]: message };
  }
}

async function withBrowser(server: Server, indicatorPath: string): Promise<void> {
  if (!browserParts.some((part) => only.has(part))) return;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_FLAGS,
  });
  try {
    await attempt('js', async () => {
      log('first-visit JS …');
      result.firstVisitJs = await measureFirstVisitJs(browser, server.url, [
        { label: 'overview', path: '/', width: 1280, height: 900 },
        { label: 'overview', path: '/', width: 390, height: 844 },
        { label: 'indicator', path: indicatorPath, width: 390, height: 844 },
      ]);
    });
    await attempt('interaction', async () => {
      log('first interaction after load, mobile profile …');
      result.interaction = await measureInteractions(
        browser,
        server.url,
        indicatorPath,
        Number(args.loads),
      );
    });
    await attempt('scale', async () => {
      const sizes = args.sizes.split(',').map(Number);
      result.scale = await measureScale(browser, server.url, sizes, Number(args.loads));
    });
    await attempt('exports', async () => {
      result.exports = await measureExports(browser, server.url);
    });
    await attempt('present', async () => {
      log('presentation mode heap over 1000 rotations …');
      result.presentHeap = await measurePresentHeap(browser, server.url);
    });
  } finally {
    await browser.close();
  }
}

await attempt('sizes', () => {
  if (dist) result.sizes = measureBundle(dist, readBudgets().firstVisitChunks);
});

if (needsServer && dist) {
  const server = await startPreview(dist, Number(args.port));
  try {
    const indicator = await pickIndicator(server.url, args.indicator);
    result.pages = [OVERVIEW, indicator];
    await attempt('lighthouse', async () => {
      const noJsDist = join(args.out, 'dist-nojs');
      log(`no-JS copy: ${makeNoJsCopy(dist, noJsDist)} pages stripped into ${noJsDist}`);
      const noJs = await startPreview(noJsDist, Number(args.port) + 1);
      try {
        const bases = { project: server.url, noJs: noJs.url };
        const reports = join(args.out, 'lighthouse');
        result.lighthouse = compareLighthouse(result.pages!, bases, reports, Number(args.runs));
      } finally {
        await noJs.stop();
      }
    });
    await withBrowser(server, indicator.path);
  } finally {
    await server.stop();
  }
}

await attempt('office', async () => {
  log('deck and Word briefing, ~1,000 demo indicators …');
  result.officeExports = await measureOfficeExports();
});

await attempt('engine', () => {
  log('domain engine …');
  const plans = loadDataset().plans.map((file) => file.plan);
  result.engine = measureEngine(plans);
});

await attempt('curation', async () => {
  log('curation: the longest seed extracted, and read as DOCX and PDF …');
  result.curation = await measureCuration(dist);
});

result.machine.loadAfter = loadavg();
result.machine.uptimeAfter = uptime();
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
