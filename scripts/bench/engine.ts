// Domain engine throughput: evaluate() (progress, status, projection, paces) for many
// synthetic indicators with a long history each, in Node, no browser.
import { performance } from 'node:perf_hooks';
import { randomFor } from '../../mocks/demo/prng';
import { syntheticIndicator } from '../../mocks/demo/synthetic';
import { addDays, todayIso } from '../../src/domain/evaluation/dates';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import type { Indicator, Observation, Plan } from '../../src/domain/dataset/schema';
import { round } from './stats';

const CITATION = { source: 'bench', quote: 'bench' };

/** `count` monthly figures up to asOf, heading from 20% of the target towards it with noise. */
function history(indicator: Indicator, asOf: string, count: number, seed: number): Observation[] {
  const random = randomFor(seed, `history:${indicator.id}`);
  const target = indicator.target.value;
  const cap = indicator.unit === 'percent' ? 100 : Number.POSITIVE_INFINITY;
  return Array.from({ length: count }, (_, i) => {
    const share = 0.2 + (0.8 * (i + 1)) / count + random.between(-0.05, 0.05);
    return {
      date: addDays(asOf, -30 * (count - 1 - i)),
      value: Math.min(cap, Math.max(0, Math.round(target * share * 10) / 10)),
      citation: CITATION,
    };
  });
}

export type EngineResult = {
  indicators: number;
  observationsEach: number;
  ms: number;
  indicatorsPerSecond: number;
  microsecondsEach: number;
  statuses: Record<string, number>;
};

/** Generates in batches so the 6 million observations never sit in memory at once. */
export function measureEngine(
  plans: Plan[],
  indicators = 100_000,
  observationsEach = 60,
  seed = 1,
) {
  const asOf = todayIso();
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const statuses: Record<string, number> = {};
  const batch = 10_000;
  let ms = 0;
  for (let start = 0; start < indicators; start += batch) {
    const items = Array.from({ length: Math.min(batch, indicators - start) }, (_, i) => {
      const base = syntheticIndicator(start + i + 1, plans, randomFor(seed, `engine:${start + i}`));
      return { ...base, observations: history(base, asOf, observationsEach, seed) };
    });
    const begin = performance.now();
    for (const indicator of items) {
      const { status } = evaluate(indicator, byId.get(indicator.plan)!, asOf);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    ms += performance.now() - begin;
  }
  return {
    indicators,
    observationsEach,
    ms: round(ms),
    indicatorsPerSecond: round((indicators / ms) * 1000),
    microsecondsEach: round((ms * 1000) / indicators, 1),
    statuses,
  } satisfies EngineResult;
}
