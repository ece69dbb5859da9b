import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { summarizeStatuses } from '../../src/domain/evaluation/summary';
import { makeIndicator, makePlan, makeRate, obs } from './fixtures';

const plan = makePlan();
const asOf = '2023-01-01';
const evaluations = [
  evaluate(makeIndicator({ observations: [obs('2023-01-01', 4000)] }), plan, asOf), // 1/3 ÷ 0.4 → at risk
  evaluate(makeIndicator({ id: 'b', observations: [obs('2022-06-30', 8000)] }), plan, asOf), // achieved
  evaluate(makeRate({ observations: [obs('2023-01-01', 82)] }), plan, asOf), // on track
  evaluate(makeRate({ id: 'c' }), plan, asOf), // no data
];

describe(summarizeStatuses, () => {
  it('has every status, zero when unused', () => {
    expect(summarizeStatuses([])).toEqual({
      achieved: 0,
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      missed: 0,
      no_data: 0,
    });
  });

  it('counts each evaluation once', () => {
    expect(summarizeStatuses(evaluations)).toEqual({
      achieved: 1,
      on_track: 1,
      at_risk: 1,
      off_track: 0,
      missed: 0,
      no_data: 1,
    });
  });
});
