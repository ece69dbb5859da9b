// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectedProgressAt, progressOf } from '../../src/domain/evaluation/progress';

describe(progressOf, () => {
  it('measures a count from its baseline', () => {
    // (4000 − 2000) / (8000 − 2000) = 1/3
    expect(progressOf(4000, 2000, 8000, 'increase')).toBeCloseTo(1 / 3, 10);
  });

  it('uses latest / target for a rate without a baseline', () => {
    // 82 / 90 = 0.9111…
    expect(progressOf(82, null, 90, 'increase')).toBeCloseTo(0.91111, 5);
  });

  it('gives a rate with a baseline far less credit for the same value', () => {
    // (82 − 80) / (90 − 80) = 0.2
    expect(progressOf(82, 80, 90, 'increase')).toBeCloseTo(0.2, 10);
  });

  it('measures a decrease from its baseline', () => {
    // (35 − 38) / (30 − 38) = −3 / −8 = 0.375
    expect(progressOf(35, 38, 30, 'decrease')).toBe(0.375);
  });

  it('cannot score a decrease without a baseline', () => {
    expect(progressOf(35, null, 30, 'decrease')).toBeNull();
  });

  it('is not clamped above 1 or below 0', () => {
    // (9000 − 2000) / 6000 = 7/6; (1700 − 2000) / 6000 = −0.05
    expect(progressOf(9000, 2000, 8000, 'increase')).toBeCloseTo(7 / 6, 10);
    expect(progressOf(1700, 2000, 8000, 'increase')).toBeCloseTo(-0.05, 10);
  });

  it('works from a zero baseline', () => {
    // (150 − 0) / (300 − 0) = 0.5
    expect(progressOf(150, 0, 300, 'increase')).toBe(0.5);
  });

  it('is null when it would divide by zero', () => {
    expect(progressOf(5, 10, 10, 'increase')).toBeNull();
    expect(progressOf(5, null, 0, 'increase')).toBeNull();
  });
});

describe(expectedProgressAt, () => {
  const start = '2021-01-01';
  const deadline = '2025-12-31';

  it('is 0 before the start', () => {
    expect(expectedProgressAt(start, deadline, '2020-06-30')).toBe(0);
    expect(expectedProgressAt(start, deadline, start)).toBe(0);
  });

  it('grows along the straight path', () => {
    // 730 / 1825 = 0.4
    expect(expectedProgressAt(start, deadline, '2023-01-01')).toBeCloseTo(0.4, 10);
  });

  it('is 1 on and after the deadline', () => {
    expect(expectedProgressAt(start, deadline, deadline)).toBe(1);
    expect(expectedProgressAt(start, deadline, '2026-06-30')).toBe(1);
  });

  it('steps from 0 to 1 when the deadline is the start', () => {
    expect(expectedProgressAt(start, start, '2020-12-31')).toBe(0);
    expect(expectedProgressAt(start, start, start)).toBe(1);
  });
});
