// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { makeDecrease, makeIndicator, makePlan, makeRate, obs } from './fixtures';

const plan = makePlan();
const LAST_DAY = '2026-12-31';

describe('the expected path on the evaluation', () => {
  it('runs from the baseline to the target', () => {
    expect(evaluate(makeIndicator(), plan, LAST_DAY).expectedPath).toEqual({
      start: { date: '2021-01-01', value: 2000 },
      end: { date: '2025-12-31', value: 8000 },
    });
  });

  it('starts from 0 at the period start without a baseline', () => {
    expect(evaluate(makeRate(), plan, LAST_DAY).expectedPath).toEqual({
      start: { date: '2021-01-01', value: 0 },
      end: { date: '2025-12-31', value: 90 },
    });
  });

  it('starts a decrease at its first report, or has no path before a second', () => {
    const pm25 = makeDecrease({ observations: [obs('2022-01-01', 40), obs('2023-01-01', 38)] });
    expect(evaluate(pm25, plan, LAST_DAY).expectedPath?.start).toEqual({
      date: '2022-01-01',
      value: 40,
    });
    expect(evaluate(pm25, plan, '2022-06-30').expectedPath).toBeNull();
  });
});
