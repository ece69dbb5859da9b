// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { summarizeStatuses, summarizeVerdicts } from '../../src/domain/evaluation/summary';
import { verdictOf } from '../../src/domain/evaluation/verdict';
import { makeIndicator, makePlan, makeRate, obs } from './fixtures';

const plan = makePlan();
const asOf = '2023-01-01';
const evaluations = [
  evaluate(makeIndicator({ observations: [obs('2023-01-01', 4000)] }), plan, asOf), // 1/3 ÷ 0.4 → at risk
  // 8000 reached in 2022, deadline 2025: running, so on track (never "achieved" before it is due).
  evaluate(makeIndicator({ id: 'b', observations: [obs('2022-06-30', 8000)] }), plan, asOf),
  evaluate(makeRate({ observations: [obs('2023-01-01', 82)] }), plan, asOf), // on track
  evaluate(makeRate({ id: 'c' }), plan, asOf), // no data
];

describe(summarizeStatuses, () => {
  it('has every status, zero when unused', () => {
    expect(summarizeStatuses([])).toEqual({
      achieved: 0,
      missed: 0,
      due_no_result: 0,
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      no_data: 0,
    });
  });

  it('counts each evaluation once', () => {
    expect(summarizeStatuses(evaluations)).toMatchObject({
      achieved: 0,
      on_track: 2,
      at_risk: 1,
      no_data: 1,
    });
  });
});

describe(summarizeVerdicts, () => {
  // The studios plan as of 2026-12-07: due with no report; a series with a met 2025 and a
  // running 2026; a series with no target at all.
  const dueOneShot = { verdicts: [verdictOf('due_no_result', '2025-12-31')] };
  const twoVerdicts = {
    verdicts: [verdictOf('achieved', '2025-12-31', 2025), verdictOf('no_data', '2026-12-31', 2026)],
  };
  const context = { verdicts: [] };

  it('counts due and running apart, and says which series count in both and which are context', () => {
    expect(summarizeVerdicts([dueOneShot, twoVerdicts, context])).toEqual({
      due: { achieved: 1, missed: 0, due_no_result: 1 },
      running: { on_track: 0, at_risk: 0, off_track: 0, no_data: 1 },
      countedTwice: 1,
      context: 1,
    });
  });
});
