// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { historySeries, progressSeries } from '../../src/domain/presentation/chart-series';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { baseline, makeIndicator, makePlan, obs, target } from './fixtures';

const plan = makePlan({ period: { start: '2024-01-01', end: '2024-12-31' } });

describe(historySeries, () => {
  it('merges reports, the expected path ends and the projection into one date-ordered series', () => {
    const indicator = makeIndicator({
      cumulative: true,
      baseline: undefined,
      target: target(300, 'gte', '2024-12-31'),
      observations: [obs('2024-04-01', 60), obs('2024-07-01', 150)],
    });
    const series = historySeries(indicator, evaluate(indicator, plan, '2024-08-01'));
    expect(series.points.map((p) => p.date)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-12-31',
    ]);
    // Expected path: (2024-01-01, 0) → (2024-12-31, 300).
    expect(series.points[0]).toMatchObject({ expected: 0 });
    expect(series.points[3]).toMatchObject({ expected: 300 });
    // Reported values stay on their own dates; the projection starts at the latest report.
    expect(series.points[1]).toMatchObject({ reported: 60 });
    expect(series.points[2]).toMatchObject({ reported: 150, projected: 150 });
    expect(series.points[3]!.projected).toBeGreaterThan(150);
    expect(series.target).toBe(300);
  });

  it('hides reports dated after the as-of date', () => {
    const indicator = makeIndicator({
      observations: [obs('2024-04-01', 60), obs('2024-09-01', 200)],
    });
    const series = historySeries(indicator, evaluate(indicator, plan, '2024-05-01'));
    expect(series.points.filter((p) => p.reported !== undefined).map((p) => p.reported)).toEqual([
      60,
    ]);
  });
});

describe(progressSeries, () => {
  it('turns each report into % of target from the baseline (hand-computed)', () => {
    const indicator = makeIndicator({
      unit: 'percent',
      baseline: baseline(60, '2024-01-01'),
      target: target(90, 'gte', '2024-12-31'),
      observations: [obs('2024-06-30', 72), obs('2024-12-31', 84)],
    });
    // (72 − 60) / (90 − 60) = 40%; (84 − 60) / 30 = 80%.
    const pcts = progressSeries(indicator, plan, '2025-01-01').map(
      (p) => Math.round(p.pct * 1000) / 1000,
    );
    expect(pcts).toEqual([40, 80]);
  });
});
