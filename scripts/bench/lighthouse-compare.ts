// Lighthouse on each page twice over: the project's build and the same prerendered HTML with no
// JavaScript (no-js-dist.ts), served the same way. Runs alternate (project, no-JS, project, …)
// so a burst of load on the shared machine hits both variants alike.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseOnce, type LighthouseRun } from './lighthouse';
import { round, spread, type Spread } from './stats';

export const VARIANTS = ['project', 'noJs'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Metric = keyof LighthouseRun;
export const METRICS: Metric[] = ['fcpMs', 'lcpMs', 'tbtMs', 'cls', 'siMs', 'score', 'totalBytes'];

export type VariantResult = {
  url: string;
  runs: LighthouseRun[];
  /** Runs that failed (their error's first line); they count in no statistic. */
  failures: string[];
  stats: Record<Metric, Spread>;
};
export type PageComparison = {
  page: string;
  path: string;
  project: VariantResult;
  noJs: VariantResult;
  /** Median LCP of the project ÷ median LCP of the no-JS page. */
  lcpRatio: number;
};

function statsOf(runs: LighthouseRun[]): Record<Metric, Spread> {
  const digits = (metric: Metric) => (metric === 'cls' ? 4 : metric === 'score' ? 2 : 0);
  return Object.fromEntries(
    METRICS.map((metric) => {
      const s = spread(runs.map((run) => run[metric]));
      const r = (x: number) => round(x, digits(metric));
      return [metric, { median: r(s.median), min: r(s.min), max: r(s.max) }];
    }),
  ) as Record<Metric, Spread>;
}

export function compareLighthouse(
  pages: { page: string; path: string }[],
  bases: Record<Variant, string>,
  outDir: string,
  runs: number,
): PageComparison[] {
  mkdirSync(outDir, { recursive: true });
  return pages.map(({ page, path }) => {
    const collected = {
      project: { runs: [] as LighthouseRun[], failures: [] as string[] },
      noJs: { runs: [] as LighthouseRun[], failures: [] as string[] },
    };
    for (let i = 1; i <= runs; i += 1) {
      for (const variant of VARIANTS) {
        const url = `${bases[variant]}${path}`;
        try {
          const run = lighthouseOnce(url, join(outDir, `${page}-${variant}-${i}.json`));
          collected[variant].runs.push(run);
          process.stderr.write(
            `  lighthouse ${page} ${variant} ${i}/${runs}: LCP ${round(run.lcpMs)} ms, TBT ${round(run.tbtMs)} ms\n`,
          );
        } catch (error) {
          const message = (error as Error).message.split('\n')[0] ?? 'failed';
          collected[variant].failures.push(message);
          process.stderr.write(`  lighthouse ${page} ${variant} ${i}/${runs} failed: ${message}\n`);
        }
      }
    }
    const result = (variant: Variant): VariantResult => ({
      url: `${bases[variant]}${path}`,
      ...collected[variant],
      stats: statsOf(collected[variant].runs),
    });
    const project = result('project');
    const noJs = result('noJs');
    const lcpRatio = round(project.stats.lcpMs.median / noJs.stats.lcpMs.median, 3);
    return { page, path, project, noJs, lcpRatio };
  });
}
