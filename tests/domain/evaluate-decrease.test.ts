// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { baseline, makeDecrease, makePlan, obs } from './fixtures';

// PM2.5: at most 30 μg/m³ by 2025-12-31.
const plan = makePlan();

describe(evaluate, () => {
  describe('with a baseline of 38 on 2021-01-01', () => {
    const at = (value: number) =>
      evaluate(
        makeDecrease({ baseline: baseline(38), observations: [obs('2023-01-01', value)] }),
        plan,
        '2023-06-30',
      );

    it('is "on_track" when the fall keeps pace', () => {
      // (35 − 38) / (30 − 38) = 0.375; / 0.4 = 0.9375
      expect(at(35).progress).toBe(0.375);
      expect(at(35).status).toBe('on_track');
    });

    it('is "off_track" when the fall lags', () => {
      // (36 − 38) / (30 − 38) = 0.25; / 0.4 = 0.625
      expect(at(36).status).toBe('off_track');
    });

    it('is on track while running once at or below the target', () => {
      expect(at(29).status).toBe('on_track');
    });
  });

  describe('without a baseline', () => {
    const pm25 = makeDecrease({ observations: [obs('2022-01-01', 40), obs('2023-01-01', 38)] });

    it('is "no_data" with a single report that does not meet the target', () => {
      const e = evaluate(pm25, plan, '2022-06-30');
      expect(e.latest?.value).toBe(40);
      expect(e.baselineValue).toBeNull();
      expect(e.progress).toBeNull();
      expect(e.startDate).toBe('2021-01-01');
      expect(e.status).toBe('no_data');
    });

    it('is on track (running) with a single report that meets the target', () => {
      const e = evaluate(
        makeDecrease({ observations: [obs('2022-01-01', 29)] }),
        plan,
        '2022-06-30',
      );
      expect(e.status).toBe('on_track');
    });

    it('measures from the first report once there are two', () => {
      // baseline 40 on 2022-01-01 (path start); 2022-01-01 → 2025-12-31 = 1460 days
      // progress (38 − 40) / (30 − 40) = 0.2; expected 365 / 1460 = 0.25; 0.2 / 0.25 = 0.8 → at risk
      const e = evaluate(pm25, plan, '2023-06-30');
      expect(e.baselineValue).toBe(40);
      expect(e.startDate).toBe('2022-01-01');
      expect(e.progress).toBeCloseTo(0.2, 10);
      expect(e.expectedAtLatest).toBe(0.25);
      expect(e.status).toBe('at_risk');
    });

    it('projects the decline and the pace needed', () => {
      // linear 38 − 2 × 1095/365 = 32, gap 32 − 30 = 2; compound 38 × 0.95³ = 32.58025
      // current −2/365 × 365.25 = −2.00137 a year; required (30 − 38) / 915 × 365.25 = −3.19344
      const e = evaluate(pm25, plan, '2023-06-30');
      expect(e.projection.linear).toBeCloseTo(32, 8);
      expect(e.gapAtDeadline).toBeCloseTo(2, 8);
      expect(e.projection.compound).toBeCloseTo(32.58025, 5);
      expect(e.projectedProgress).toBeCloseTo(0.8, 8);
      expect(e.currentPacePerYear).toBeCloseTo(-2.00137, 5);
      expect(e.requiredPacePerYear).toBeCloseTo(-3.19344, 5);
    });
  });
});
