import { describe, expect, it } from 'vitest';
import { expectedPath, expectedValueAt } from '../../src/domain/evaluation/expected-path';
import { makeDecrease, makeIndicator, makePlan, makeRate, obs } from './fixtures';

const plan = makePlan();

describe(expectedPath, () => {
  it('runs from the baseline to the target', () => {
    expect(expectedPath(makeIndicator(), plan)).toEqual({
      start: { date: '2021-01-01', value: 2000 },
      end: { date: '2025-12-31', value: 8000 },
    });
  });

  it('starts a decrease at its first report, or has no path before a second', () => {
    const pm25 = makeDecrease({ observations: [obs('2022-01-01', 40), obs('2023-01-01', 38)] });
    expect(expectedPath(pm25, plan)?.start).toEqual({ date: '2022-01-01', value: 40 });
    expect(expectedPath(pm25, plan, '2022-06-30')).toBeNull();
  });
});

describe(expectedValueAt, () => {
  it('interpolates along the path', () => {
    // 2000 + 6000 × 730/1825 = 2000 + 2400 = 4400
    expect(expectedValueAt(makeIndicator(), plan, '2023-01-01')).toBeCloseTo(4400, 8);
  });

  it('is flat before the start and after the deadline', () => {
    expect(expectedValueAt(makeIndicator(), plan, '2020-01-01')).toBe(2000);
    expect(expectedValueAt(makeIndicator(), plan, '2026-06-01')).toBe(8000);
  });

  it('starts from 0 without a baseline', () => {
    // 90 × 0.4 = 36
    expect(expectedValueAt(makeRate(), plan, '2023-01-01')).toBeCloseTo(36, 8);
  });

  it('falls for a decrease', () => {
    // 40 − 10 × 365/1460 = 37.5
    const pm25 = makeDecrease({ observations: [obs('2022-01-01', 40), obs('2023-01-01', 38)] });
    expect(expectedValueAt(pm25, plan, '2023-01-01')).toBe(37.5);
  });
});
