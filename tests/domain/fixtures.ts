// Small factories for hand-computed domain tests. Defaults model the studios target of the
// 2021–2025 worker development plan: baseline 2000 on 2021-01-01, at least 8000 by 2025-12-31.
// Day counts used throughout: 2021-01-01 → 2023-01-01 = 730, → 2025-12-31 = 1825
// (5 × 365 + 1 leap day − 1); 2023-01-01 → 2025-12-31 = 1095.
import type { Indicator, Observation, Plan } from '../../src/domain/dataset/schema';

const citation = { source: 'seed-003', quote: '职工创新工作室达到8000家' };

/** A 2021–2025 plan unless overridden. */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'worker-plan',
    title: { zh: '首都职工发展规划', en: 'Worker development plan' },
    issuer: { zh: '北京市总工会', en: 'BFTU' },
    published: '2021-06-01',
    period: { start: '2021-01-01', end: '2025-12-31' },
    citation,
    ...overrides,
  };
}

/** An annual plan for one calendar year, as the 2024 renovation targets are. */
export function makeAnnualPlan(year: number): Plan {
  return makePlan({ id: `plan-${year}`, period: { start: `${year}-01-01`, end: `${year}-12-31` } });
}

/** A reported value on a day. */
export function obs(date: string, value: number): Observation {
  return { date, value, citation };
}

/** A target block; comparator follows the direction used in the tests. */
export function target(
  value: number,
  comparator: 'gte' | 'lte' = 'gte',
  deadline = '2025-12-31',
): Indicator['target'] {
  return { value, comparator, deadline, citation };
}

/** A baseline block. */
export function baseline(value: number, date = '2021-01-01'): NonNullable<Indicator['baseline']> {
  return { value, date, citation };
}

/** The studios indicator (count, increase, baseline 2000, target 8000) with overrides. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'innovation-studios',
    plan: 'worker-plan',
    name: { zh: '职工创新工作室', en: 'Worker innovation studios' },
    category: 'innovation',
    unit: 'count',
    measure: { zh: '家', en: 'studios' },
    direction: 'increase',
    baseline: baseline(2000),
    target: target(8000),
    observations: [],
    ...overrides,
  };
}

/** A rate indicator: collective-contract coverage, at least 90%, no baseline unless given. */
export function makeRate(overrides: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'contract-rate',
    unit: 'percent',
    measure: undefined,
    baseline: undefined,
    target: target(90),
    ...overrides,
  });
}

/** A decreasing indicator: PM2.5 at most 30 μg/m³, no baseline unless given. */
export function makeDecrease(overrides: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'pm25',
    category: 'environment',
    unit: 'ug_m3',
    measure: undefined,
    direction: 'decrease',
    baseline: undefined,
    target: target(30, 'lte'),
    ...overrides,
  });
}
