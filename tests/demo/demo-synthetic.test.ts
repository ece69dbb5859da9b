// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../mocks/demo-data';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { CATEGORIES, indicatorListSchema } from '../../src/domain/dataset/schema';
import { STATUS_ORDER } from '../../src/domain/evaluation/status';
import { MAX_DEMO_SIZE } from '../../src/lib/demo-params';
import { realApiData } from '../utils/real-api';

const TODAY = '2026-11-24';
const real = realApiData();

describe('synthetic demo indicators', () => {
  it(`adds ${MAX_DEMO_SIZE} valid indicators across every plan and category, quickly`, () => {
    const started = performance.now();
    const data = generateDemoData(real, { seed: 1, size: MAX_DEMO_SIZE, fault: null }, TODAY);
    const generatedMs = performance.now() - started;
    const extra = data.indicators.slice(real.indicators.length);
    expect(extra).toHaveLength(MAX_DEMO_SIZE);
    expect(new Set(data.indicators.map((i) => i.id)).size).toBe(data.indicators.length);
    expect(indicatorListSchema.safeParse(extra).success).toBe(true);
    expect(new Set(extra.map((i) => i.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(extra.map((i) => i.plan))).toEqual(new Set(real.catalog.plans.map((p) => p.id)));
    expect(extra[0]!.name.zh).toMatch(/^模拟指标 00001：/);
    // ≈0.7 s on the 2-core CI machine; the bound only catches an accidental blow-up.
    expect(generatedMs).toBeLessThan(8000);
  }, 30_000);

  it('spreads statuses for any seed and any day while a plan is running', () => {
    const plans = new Map(real.catalog.plans.map((p) => [p.id, p]));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 300 }),
        (seed, day) => {
          const today = new Date(Date.UTC(2026, 1, 1 + day)).toISOString().slice(0, 10);
          const data = generateDemoData(real, { seed, size: 40, fault: null }, today);
          const statuses = new Set(
            data.indicators.map((i) => evaluate(i, plans.get(i.plan)!, today).status),
          );
          expect(statuses).toEqual(new Set(STATUS_ORDER));
          for (const i of data.indicators.filter((x) => x.unit === 'percent'))
            for (const o of i.observations) expect(o.value >= 0 && o.value <= 100).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
