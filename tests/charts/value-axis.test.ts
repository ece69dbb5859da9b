// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { niceStep, valueAxis, valueAxisWidth } from '../../src/components/charts/value-axis';

describe(niceStep, () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(73_500)).toBe(100_000);
    expect(niceStep(1_900)).toBe(2_000);
    expect(niceStep(2_100)).toBe(2_500);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(0)).toBe(1);
  });
});

describe(valueAxis, () => {
  it('spaces every tick a whole step apart, so no two labels crowd (the 450k/500k overlap)', () => {
    // The new-urban-jobs history: target 280,000, values up to ~215,000.
    const axis = valueAxis([280_000, 23_000, 180_000, 215_000]);
    expect(axis.ticks).toEqual([0, 100_000, 200_000, 300_000]);
    expect(axis.domain).toEqual([0, 300_000]);
  });
  it('keeps every value and the target inside the domain with at most maxTicks ticks', () => {
    for (const values of [[8000, 7091], [2000, 2024], [95.5, 40], [1, 0.2], [60, -12], [0]]) {
      for (const maxTicks of [3, 4, 5, 6]) {
        const { domain, ticks } = valueAxis(values, maxTicks);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(domain[0]).toBeLessThanOrEqual(Math.min(0, ...values));
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        const steps = new Set(ticks.slice(1).map((t, i) => +(t - (ticks[i] ?? 0)).toPrecision(6)));
        expect(steps.size).toBe(1);
      }
    }
  });
});

describe(valueAxisWidth, () => {
  it('leaves room for the widest label on one line', () => {
    expect(valueAxisWidth(['0 people', '300,000 people'], 12)).toBeGreaterThan(14 * 0.55 * 12);
    expect(valueAxisWidth(['0万人', '30万人'], 12)).toBeGreaterThanOrEqual(4 * 12);
  });
});
