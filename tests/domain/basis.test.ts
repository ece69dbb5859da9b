// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  effectiveBaseline,
  observationsAsOf,
  resolveBasis,
} from '../../src/domain/evaluation/basis';
import {
  baseline,
  makeAnnualPlan,
  makeDecrease,
  makeIndicator,
  makePlan,
  makeRate,
  obs,
  target,
} from './fixtures';

const plan = makePlan();

describe(observationsAsOf, () => {
  it('keeps reports dated on or before asOf, oldest first', () => {
    const indicator = makeIndicator({
      observations: [obs('2023-01-01', 4000), obs('2022-01-01', 3300), obs('2024-01-01', 5000)],
    });
    expect(observationsAsOf(indicator, '2023-01-01').map((o) => o.value)).toEqual([3300, 4000]);
    expect(observationsAsOf(indicator, '2021-12-31')).toEqual([]);
  });
});

describe(effectiveBaseline, () => {
  it('uses the stated baseline', () => {
    expect(effectiveBaseline(makeIndicator(), plan, [])).toEqual({
      date: '2021-01-01',
      value: 2000,
    });
  });

  it('starts a cumulative count without a baseline from 0 at the period start', () => {
    const indicator = makeIndicator({ baseline: undefined, cumulative: true });
    expect(effectiveBaseline(indicator, makeAnnualPlan(2024), [])).toEqual({
      date: '2024-01-01',
      value: 0,
    });
  });

  it('has none for a non-cumulative increase without a baseline', () => {
    expect(effectiveBaseline(makeRate(), plan, [obs('2023-01-01', 82)])).toBeNull();
  });

  it('takes the first report of a decrease once there are two', () => {
    const two = [obs('2022-01-01', 40), obs('2023-01-01', 38)];
    expect(effectiveBaseline(makeDecrease(), plan, two.slice(0, 1))).toBeNull();
    expect(effectiveBaseline(makeDecrease(), plan, two)).toEqual({ date: '2022-01-01', value: 40 });
  });
});

describe(resolveBasis, () => {
  it('starts the path at the baseline date, else the period start', () => {
    const withBaseline = makeIndicator({ baseline: baseline(2000, '2020-12-31') });
    expect(resolveBasis(withBaseline, plan, '2023-01-01').startDate).toBe('2020-12-31');
    expect(resolveBasis(makeRate(), plan, '2023-01-01').startDate).toBe('2021-01-01');
  });

  it('uses the target deadline, not the period end', () => {
    const early = makeIndicator({ target: target(8000, 'gte', '2024-06-30') });
    expect(resolveBasis(early, plan, '2023-01-01').deadline).toBe('2024-06-30');
  });
});
