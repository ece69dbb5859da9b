// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lineValueAt, readingAt } from '../../src/components/charts/history-readout';
import { historyTimeDomain } from '../../src/components/charts/history-chart-layout';
import type { HistoryPoint } from '../../src/domain/presentation/chart-series';

// Expected path 0 → 100 over t 0…100; reports at 20 and 60; projection 60 → 150 at t 60…100.
const points: HistoryPoint[] = [
  { t: 0, date: 'a', expected: 0 },
  { t: 20, date: 'b', reported: 10 },
  { t: 60, date: 'c', reported: 40, projected: 40 },
  { t: 100, date: 'd', expected: 100, projected: 150 },
];

describe(lineValueAt, () => {
  it('reads a straight line between its points', () => {
    expect(lineValueAt(points, 'expected', 20)).toBe(20);
    expect(lineValueAt(points, 'expected', 60)).toBe(60);
    // 40 + (150 − 40) × (80 − 60) / (100 − 60) = 95
    expect(lineValueAt(points, 'projected', 80)).toBe(95);
    expect(lineValueAt(points, 'projected', 100)).toBe(150);
  });
  it('has no value off the line’s ends', () => {
    expect(lineValueAt(points, 'projected', 20)).toBeUndefined();
    expect(lineValueAt([], 'expected', 20)).toBeUndefined();
  });
});

describe(readingAt, () => {
  it('gives a point’s report and where the straight lines pass that day', () => {
    expect(readingAt(points, 1)).toEqual({
      t: 20,
      reported: 10,
      expected: 20,
      projected: undefined,
    });
    expect(readingAt(points, 2)).toEqual({ t: 60, reported: 40, expected: 60, projected: 40 });
    expect(readingAt(points, 4)).toBeNull();
  });
});

describe(historyTimeDomain, () => {
  it('spans the points and the deadline', () => {
    expect(historyTimeDomain({ points, target: 100, deadlineT: 120 })).toEqual([0, 120]);
    expect(historyTimeDomain({ points: [], target: 100, deadlineT: 120 })).toEqual([120, 120]);
  });
});
