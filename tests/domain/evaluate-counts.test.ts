// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { baseline, makeIndicator, makePlan, obs } from './fixtures';

// Studios: baseline 2000 on 2021-01-01, target ≥ 8000 by 2025-12-31 (1825 days).
// 2022-01-01 is day 365 (expected 0.2); 2023-01-01 is day 730 (expected 0.4).
const plan = makePlan();
const studios = makeIndicator({ observations: [obs('2022-01-01', 3300), obs('2023-01-01', 4000)] });

describe(evaluate, () => {
  it('is "no_data" before the first report', () => {
    const e = evaluate(studios, plan, '2021-06-30');
    expect(e.status).toBe('no_data');
    expect(e.latest).toBeNull();
    expect(e.progress).toBeNull();
    // 180 / 1825
    expect(e.expectedProgress).toBeCloseTo(180 / 1825, 10);
  });

  it('is "on_track" as of mid-2022, from the first report only', () => {
    // (3300 − 2000) / 6000 = 0.21667; / 0.2 = 1.083
    const e = evaluate(studios, plan, '2022-06-30');
    expect(e.latest).toEqual({ date: '2022-01-01', value: 3300 });
    expect(e.progress).toBeCloseTo(0.216667, 5);
    expect(e.expectedAtLatest).toBeCloseTo(0.2, 10);
    expect(e.status).toBe('on_track');
  });

  it('is "at_risk" as of mid-2023, graded at the report date, not at asOf', () => {
    // progress 2000 / 6000 = 1/3; at the report 1/3 / 0.4 = 0.833 → at risk.
    // At asOf (910 / 1825 = 0.4986) it would be 0.668 → off track, which is not used.
    const e = evaluate(studios, plan, '2023-06-30');
    expect(e.progress).toBeCloseTo(1 / 3, 10);
    expect(e.expectedProgress).toBeCloseTo(910 / 1825, 10);
    expect(e.status).toBe('at_risk');
    expect(e.observationsAsOf).toHaveLength(2);
  });

  it('projects, measures the gap and the paces as of the latest report', () => {
    // points (2021-01-01, 2000) … (2023-01-01, 4000): linear 4000 + 2000 × 1095/730 = 7000
    // compound 4000 × 2^1.5 = 11313.708; gap 8000 − 7000 = 1000; projected progress 5000/6000
    // current pace 2000/730 × 365.25 = 1000.685 a year; required 4000/1095 × 365.25 = 1334.247
    const e = evaluate(studios, plan, '2023-01-01');
    expect(e.projection.linear).toBeCloseTo(7000, 6);
    expect(e.projection.compound).toBeCloseTo(11313.708, 3);
    expect(e.gapAtDeadline).toBeCloseTo(1000, 6);
    expect(e.projectedProgress).toBeCloseTo(5 / 6, 8);
    expect(e.currentPacePerYear).toBeCloseTo(1000.685, 3);
    expect(e.requiredPacePerYear).toBeCloseTo(1334.247, 3);
    expect(e.requiredPacePerMonth).toBeCloseTo(111.187, 3);
    expect(e.daysToDeadline).toBe(1095);
  });

  it('after the deadline: still running until the result is due, then due with no result; a late report settles it', () => {
    const late = makeIndicator({
      observations: [...studios.observations, obs('2026-02-01', 8100)],
    });
    // 2026-01-15: deadline passed, result due 2026-03-31, only the 2023 report is known.
    const grace = evaluate(late, plan, '2026-01-15');
    expect(grace.verdicts[0]).toMatchObject({ phase: 'running', resultDue: '2026-03-31' });
    expect(grace.requiredPacePerYear).toBeNull();
    expect(grace.daysToDeadline).toBe(-15);
    // The report dated 2026-02-01 (after the deadline) is the result: achieved, and due.
    expect(evaluate(late, plan, '2026-03-01').verdicts[0]).toMatchObject({
      phase: 'due',
      status: 'achieved',
      deadline: '2025-12-31',
    });
    // Without that report, from 2026-03-31 on the 2023 figure says nothing of the outcome.
    expect(evaluate(studios, plan, '2026-03-31').status).toBe('due_no_result');
    expect(evaluate(studios, plan, '2026-03-30').status).toBe('at_risk'); // graded at the 2023 report
  });

  it('is on track (not yet "achieved") before the deadline once at the target, with no required pace left', () => {
    const done = makeIndicator({ observations: [obs('2024-06-30', 8000)] });
    const e = evaluate(done, plan, '2024-07-01');
    expect(e.status).toBe('on_track');
    expect(e.verdicts[0].phase).toBe('running');
    expect(e.progress).toBe(1);
    expect(e.requiredPacePerYear).toBeNull();
  });

  it('puts the status boundaries at exactly 0.9 and 0.7 of expected', () => {
    // at 2023-01-01 expected 0.4: 4160 → 2160/6000 = 0.36 → 0.9; 3680 → 1680/6000 = 0.28 → 0.7
    const at = (value: number) =>
      evaluate(makeIndicator({ observations: [obs('2023-01-01', value)] }), plan, '2023-01-01');
    expect(at(4160).status).toBe('on_track');
    expect(at(4159).status).toBe('at_risk');
    expect(at(3680).status).toBe('at_risk');
    expect(at(3679).status).toBe('off_track');
  });

  it('is "off_track" when the count fell below its baseline', () => {
    // (1900 − 2000) / 6000 = −0.0167
    const e = evaluate(
      makeIndicator({ observations: [obs('2023-01-01', 1900)] }),
      plan,
      '2023-01-01',
    );
    expect(e.progress).toBeCloseTo(-1 / 60, 10);
    expect(e.status).toBe('off_track');
  });

  it('measures from an explicit zero baseline, without a compound projection', () => {
    // 3200 / 8000 = 0.4 = expected → on track; compound needs a positive first point
    const zero = makeIndicator({ baseline: baseline(0), observations: [obs('2023-01-01', 3200)] });
    const e = evaluate(zero, plan, '2023-01-01');
    expect(e.baselineValue).toBe(0);
    expect(e.progress).toBeCloseTo(0.4, 10);
    expect(e.status).toBe('on_track');
    expect(e.projection.compound).toBeNull();
    // linear: 3200 + 3200 × 1.5 = 8000
    expect(e.projection.linear).toBeCloseTo(8000, 6);
  });
});
