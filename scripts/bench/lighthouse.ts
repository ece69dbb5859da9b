// Lighthouse's default mobile run (simulated slow 4G and 4x CPU slowdown) against Debian's
// Chromium, a few times per page; single runs are too noisy on a shared 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, round } from './stats';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type LighthouseRun = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  totalBytes: number;
};
export type LighthouseResult = { url: string; runs: LighthouseRun[]; median: LighthouseRun };

type Lhr = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

function runOnce(url: string, outFile: string): LighthouseRun {
  const result = spawnSync(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${outFile}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      timeout: 180_000,
    },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr}`);
  const lhr = JSON.parse(readFileSync(outFile, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: lhr.categories.performance.score ?? Number.NaN,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    siMs: metric('speed-index'),
    totalBytes: metric('total-byte-weight'),
  };
}

/** Each metric's median over `runs` runs; the reports stay in outDir for a closer look. */
export function lighthouse(url: string, label: string, outDir: string, runs = 3) {
  mkdirSync(outDir, { recursive: true });
  const results: LighthouseRun[] = [];
  for (let i = 1; i <= runs; i += 1) {
    results.push(runOnce(url, join(outDir, `${label}-${i}.json`)));
    process.stderr.write(`  lighthouse ${label} run ${i}: score ${results.at(-1)!.score}\n`);
  }
  const pick = (key: keyof LighthouseRun) => median(results.map((r) => r[key]));
  const summary: LighthouseRun = {
    score: pick('score'),
    fcpMs: round(pick('fcpMs')),
    lcpMs: round(pick('lcpMs')),
    tbtMs: round(pick('tbtMs')),
    cls: round(pick('cls'), 4),
    siMs: round(pick('siMs')),
    totalBytes: round(pick('totalBytes')),
  };
  return { url, runs: results, median: summary } satisfies LighthouseResult;
}
