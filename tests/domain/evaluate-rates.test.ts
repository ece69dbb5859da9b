// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { baseline, makeAnnualPlan, makeIndicator, makePlan, makeRate, obs } from './fixtures';

// Contract rate: ≥ 90% by 2025-12-31; 2023-01-01 is day 730 of 1825 (expected 0.4).
const plan = makePlan();

describe(evaluate, () => {
  it('scores a rate without a baseline as latest / target', () => {
    // 82 / 90 = 0.9111; / 0.4 = 2.28 → on track
    const e = evaluate(makeRate({ observations: [obs('2023-01-01', 82)] }), plan, '2023-01-01');
    expect(e.baselineValue).toBeNull();
    expect(e.progress).toBeCloseTo(0.91111, 5);
    expect(e.status).toBe('on_track');
  });

  it('scores the same rate from a baseline as "off_track"', () => {
    // (82 − 80) / (90 − 80) = 0.2; / 0.4 = 0.5 → off track
    const rate = makeRate({ baseline: baseline(80), observations: [obs('2023-01-01', 82)] });
    const e = evaluate(rate, plan, '2023-01-01');
    expect(e.progress).toBeCloseTo(0.2, 10);
    expect(e.status).toBe('off_track');
    // linear from (2021-01-01, 80): 82 + 2 × 1.5 = 85; gap 90 − 85 = 5
    expect(e.projection.linear).toBeCloseTo(85, 8);
    expect(e.gapAtDeadline).toBeCloseTo(5, 8);
  });

  it('has no projection from a single report without a baseline, but a required pace', () => {
    // required (90 − 82) / 1095 × 365.25 = 2.6685 points a year
    const e = evaluate(makeRate({ observations: [obs('2023-01-01', 82)] }), plan, '2023-01-01');
    expect(e.projection).toEqual({ linear: null, compound: null });
    expect(e.gapAtDeadline).toBeNull();
    expect(e.projectedProgress).toBeNull();
    expect(e.currentPacePerYear).toBeNull();
    expect(e.requiredPacePerYear).toBeCloseTo(2.6685, 4);
  });

  it('starts a cumulative annual count from zero at the start of its year', () => {
    // 2024 plan, ≥ 300 compounds; 150 by 2024-07-01 (day 182 of 365)
    // progress 150 / 300 = 0.5; expected 182 / 365 = 0.49863 → ratio 1.003 → on track
    const compounds = makeIndicator({
      id: 'old-compounds',
      baseline: undefined,
      cumulative: true,
      target: { ...makeIndicator().target, value: 300, deadline: '2024-12-31' },
      observations: [obs('2024-07-01', 150)],
    });
    const e = evaluate(compounds, makeAnnualPlan(2024), '2024-07-01');
    expect(e.baselineValue).toBe(0);
    expect(e.startDate).toBe('2024-01-01');
    expect(e.progress).toBe(0.5);
    expect(e.expectedAtLatest).toBeCloseTo(182 / 365, 10);
    expect(e.status).toBe('on_track');
    // linear 150 + 150/182 × 183 = 300.824; gap 300 − 300.824 = −0.824 (ahead); no compound from 0
    expect(e.projection.linear).toBeCloseTo(300.824, 3);
    expect(e.gapAtDeadline).toBeCloseTo(-0.824, 3);
    expect(e.projection.compound).toBeNull();
  });
});
