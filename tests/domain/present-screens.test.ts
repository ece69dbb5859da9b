// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  parseInterval,
  presentScreens,
  splitEvenly,
  stepScreen,
} from '../../src/domain/presentation/present-screens';
import type { Plan } from '../../src/domain/dataset/schema';
import type { EvaluatedIndicator } from '../../src/domain/evaluation/evaluate-all';
import type { EvaluatedSeries } from '../../src/domain/evaluation/series-view';

const plan = (id: string) => ({ id }) as Plan;
const row = (planId: string, id: string) =>
  ({ plan: plan(planId), indicator: { id } }) as unknown as EvaluatedIndicator;
const series = (category: string, id: string) =>
  ({ series: { id, category } }) as unknown as EvaluatedSeries;

describe(parseInterval, () => {
  it('reads seconds from ?interval=, 15 by default', () => {
    expect(parseInterval('?interval=20')).toBe(20);
    expect(parseInterval('?plan=x&interval=3600')).toBe(3600);
    expect(parseInterval('')).toBe(15);
  });

  it('falls back to 15 for anything too short, too long or not a whole number', () => {
    for (const bad of ['4', '0', '3601', '-5', '10.5', 'abc', '', '1e3'])
      expect(parseInterval(`?interval=${bad}`), bad).toBe(15);
  });
});

describe(splitEvenly, () => {
  it('uses the fewest screens and balances them: 7 → 4 + 3, 13 → 5 + 4 + 4', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 6).map((c) => c.length)).toEqual([4, 3]);
    expect(
      splitEvenly(
        Array.from({ length: 13 }, (_, i) => i),
        6,
      ).map((c) => c.length),
    ).toEqual([5, 4, 4]);
    expect(splitEvenly([1, 2, 3, 4, 5, 6], 6)).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(splitEvenly([], 6)).toEqual([]);
  });
});

describe(presentScreens, () => {
  it('puts series first, one screen per category, then one per plan, splitting big groups', () => {
    const rows = [...Array.from({ length: 8 }, (_, i) => row('a', `a${i}`)), row('b', 'b0')];
    const screens = presentScreens([plan('a'), plan('b'), plan('empty')], rows, [
      series('housing', 's1'),
      series('employment', 's2'),
      series('housing', 's3'),
    ]);
    expect(screens.map((s) => [s.key, s.rows.length, `${s.part}/${s.parts}`])).toEqual([
      ['series-housing-0', 2, '1/1'],
      ['series-employment-0', 1, '1/1'],
      ['plan-a-0', 4, '1/2'],
      ['plan-a-1', 4, '2/2'],
      ['plan-b-0', 1, '1/1'],
    ]);
  });

  it('has no screen for a plan with nothing in view', () => {
    expect(presentScreens([plan('a')], [], [])).toEqual([]);
  });
});

describe(stepScreen, () => {
  it('wraps round forwards and backwards', () => {
    expect(stepScreen(4, 1, 5)).toBe(0);
    expect(stepScreen(0, -1, 5)).toBe(4);
    expect(stepScreen(2, 1, 5)).toBe(3);
    expect(stepScreen(0, 1, 0)).toBe(0);
  });
});
