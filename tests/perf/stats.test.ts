// @vitest-environment node
// The numbers the benchmark reports: medians of noisy runs and how a timing grows with the data.
import { describe, expect, it } from 'vitest';
import { growth, median, spread } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts, ignoring order', () => {
    expect(median([900, 100, 300])).toBe(300);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reports growth as a ratio and as an exponent of the size (1 = linear)', () => {
    expect(growth({ n: 100, ms: 10 }, { n: 10_000, ms: 1000 })).toEqual({
      ratio: 100,
      exponent: 1,
    });
    expect(growth({ n: 100, ms: 50 }, { n: 10_000, ms: 100 })?.exponent).toBe(0.15);
    expect(growth({ n: 100, ms: 10 }, { n: 10_000, ms: 100_000 })?.exponent).toBe(2);
    expect(growth({ n: 100, ms: null }, { n: 10_000, ms: 5 })).toBeNull();
    expect(growth({ n: 100, ms: 5 }, { n: 100, ms: 5 })).toBeNull();
  });

  it('gives the median and the range of a few runs', () => {
    expect(spread([300, 100, 900, 200])).toEqual({ median: 250, min: 100, max: 900 });
    expect(spread([])).toEqual({ median: NaN, min: NaN, max: NaN });
  });
});
