// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { drawnLines, valueTickBudget } from '../../src/components/charts/history-chart-layout';

const t = 0;
describe(drawnLines, () => {
  it('leaves out a line with no values, so the legend never lists what is not drawn', () => {
    expect(
      drawnLines([
        { t, date: '2021-01-01', expected: 1, reported: 1 },
        { t, date: '2025-12-31', expected: 2, reported: 2 },
      ]),
    ).toEqual(['expected', 'reported']);
  });
  it('draws the projection when there is one', () => {
    expect(
      drawnLines([
        { t, date: '2024-01-01', reported: 1, projected: 1 },
        { t, date: '2025-12-31', expected: 2, projected: 3 },
      ]),
    ).toEqual(['expected', 'projected', 'reported']);
  });
});

describe(valueTickBudget, () => {
  it('gives a short chart fewer ticks', () => {
    expect(valueTickBudget(120)).toBeLessThan(valueTickBudget(240));
    expect(valueTickBudget(40)).toBe(3);
    expect(valueTickBudget(1000)).toBe(6);
  });
});
