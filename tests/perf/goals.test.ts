// @vitest-environment node
// Issue 17's goals as the bench marks them: met / not met on hand-made results.
import { describe, expect, it } from 'vitest';
import { clsMet, delayMet, jsMet, lcpMet, tbtMet } from '../../scripts/bench/goals';
import type { InteractionResult } from '../../scripts/bench/interaction';
import type { PageComparison } from '../../scripts/bench/lighthouse-compare';
import type { LighthouseRun } from '../../scripts/bench/lighthouse';
import { spread } from '../../scripts/bench/stats';
import type { VisitJs } from '../../scripts/bench/first-visit-js';

const run = (lcpMs: number, tbtMs: number, cls: number): LighthouseRun => ({
  score: 1,
  fcpMs: 1000,
  lcpMs,
  tbtMs,
  cls,
  siMs: 1000,
  totalBytes: 1,
});
const variant = (runs: LighthouseRun[]) => ({
  url: 'http://x/',
  runs,
  failures: [],
  stats: {
    score: spread(runs.map((r) => r.score)),
    fcpMs: spread(runs.map((r) => r.fcpMs)),
    lcpMs: spread(runs.map((r) => r.lcpMs)),
    tbtMs: spread(runs.map((r) => r.tbtMs)),
    cls: spread(runs.map((r) => r.cls)),
    siMs: spread(runs.map((r) => r.siMs)),
    totalBytes: spread(runs.map((r) => r.totalBytes)),
  },
});
const page = (project: LighthouseRun[], lcpRatio: number): PageComparison => ({
  page: 'overview',
  path: '/',
  project: variant(project),
  noJs: variant([run(2000, 0, 0)]),
  lcpRatio,
});
const js = (gzip: number) => ({ gzip }) as VisitJs;
const delays = (loads: (number | null)[]): InteractionResult => ({
  kind: 'filter',
  path: '/',
  what: '',
  loads,
  stats: spread(loads.filter((x): x is number => x !== null)),
});

describe('the bench goals', () => {
  it('LCP within 5 % of the no-JS page', () => {
    expect(lcpMet(page([run(2100, 0, 0)], 1.05))).toBe(true);
    expect(lcpMet(page([run(2110, 0, 0)], 1.055))).toBe(false);
    expect(lcpMet(page([], Number.NaN))).toBeNull();
  });

  it('median TBT at most 50 ms; CLS 0 at three decimals in every run', () => {
    expect(tbtMet(page([run(1, 40, 0), run(1, 50, 0), run(1, 400, 0)], 1))).toBe(true);
    expect(tbtMet(page([run(1, 51, 0)], 1))).toBe(false);
    expect(clsMet(page([run(1, 0, 0), run(1, 0, 0.0004)], 1))).toBe(true);
    expect(clsMet(page([run(1, 0, 0), run(1, 0, 0.002)], 1))).toBe(false);
  });

  it('first-visit JS of 90 kB means 90,000 bytes', () => {
    expect(jsMet(js(90_000))).toBe(true);
    expect(jsMet(js(90_001))).toBe(false);
  });

  it('a delay is met only if every load showed the result within 1.5 s at the median', () => {
    expect(delayMet(delays([900, 1500, 2400]))).toBe(true);
    expect(delayMet(delays([1400, 1600, 1700]))).toBe(false);
    expect(delayMet(delays([400, null, 500]))).toBe(false);
  });
});
