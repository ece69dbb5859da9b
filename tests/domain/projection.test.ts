// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  gapAtDeadline,
  linearPacePerDay,
  projectCompound,
  projectLinear,
  projectionPoints,
  requiredPace,
} from '../../src/domain/evaluation/projection';
import { obs } from './fixtures';

const deadline = '2025-12-31';
// 2021-01-01 → 2023-01-01 = 730 days; 2023-01-01 → 2025-12-31 = 1095 days = 1.5 × 730
const basePoint = { date: '2021-01-01', value: 2000 };
const latestPoint = { date: '2023-01-01', value: 4000 };
const studios = [basePoint, latestPoint];

describe(projectionPoints, () => {
  it('puts the baseline before the reports', () => {
    const points = projectionPoints({
      baseline: basePoint,
      observations: [obs('2023-01-01', 4000)],
    });
    expect(points).toEqual(studios);
  });

  it('drops the baseline when a report shares its date', () => {
    const points = projectionPoints({
      baseline: { date: '2022-01-01', value: 40 },
      observations: [obs('2022-01-01', 40)],
    });
    expect(points).toHaveLength(1);
  });
});

describe(projectLinear, () => {
  it('carries the first-to-latest pace to the deadline', () => {
    // pace 2000 / 730 per day; 4000 + 2000 × 1095 / 730 = 4000 + 3000 = 7000
    expect(projectLinear(studios, deadline)).toBeCloseTo(7000, 8);
    expect(linearPacePerDay(studios)).toBeCloseTo(2000 / 730, 10);
  });

  it('projects a decrease downwards', () => {
    // 40 → 38 over 365 days; 1095 more days: 38 − 2 × 3 = 32
    const points = [
      { date: '2022-01-01', value: 40 },
      { date: '2023-01-01', value: 38 },
    ];
    expect(projectLinear(points, deadline)).toBeCloseTo(32, 10);
  });

  it('needs two points on different days', () => {
    expect(projectLinear([latestPoint], deadline)).toBeNull();
    expect(projectLinear([], deadline)).toBeNull();
    expect(projectLinear([latestPoint, latestPoint], deadline)).toBeNull();
  });
});

describe(projectCompound, () => {
  it('carries the constant growth rate to the deadline', () => {
    // doubled in 730 days; 1095 more days: 4000 × 2^1.5 = 11313.708…
    expect(projectCompound(studios, deadline)).toBeCloseTo(4000 * 2 ** 1.5, 6);
    expect(projectCompound(studios, deadline)).toBeCloseTo(11313.708, 3);
  });

  it('doubles again over an equal span where linear adds the same amount', () => {
    // 100 → 200 in 730 days (2021 → 2023); another 730 days: compound 400, linear 300
    const points = [
      { date: '2021-01-01', value: 100 },
      { date: '2023-01-01', value: 200 },
    ];
    expect(projectCompound(points, '2024-12-31')).toBeCloseTo(400, 8);
    expect(projectLinear(points, '2024-12-31')).toBeCloseTo(300, 8);
  });

  it('is null from a zero start, where a growth rate is undefined', () => {
    const points = [
      { date: '2024-01-01', value: 0 },
      { date: '2024-07-01', value: 150 },
    ];
    expect(projectCompound(points, '2024-12-31')).toBeNull();
    expect(projectLinear(points, '2024-12-31')).not.toBeNull();
  });
});

describe(gapAtDeadline, () => {
  it('is positive for a shortfall in either direction', () => {
    expect(gapAtDeadline('increase', 8000, 7000)).toBe(1000);
    expect(gapAtDeadline('decrease', 30, 32)).toBe(2);
  });

  it('is negative when the projection beats the target, null without one', () => {
    expect(gapAtDeadline('decrease', 30, 28)).toBe(-2);
    expect(gapAtDeadline('increase', 8000, null)).toBeNull();
  });
});

describe(requiredPace, () => {
  it('spreads the remaining distance over the time left', () => {
    // (8000 − 4000) over 1095 days = 4000 × 365.25 / 1095 = 1334.2466 a year, /12 = 111.187 a month
    const pace = requiredPace(4000, 8000, '2023-01-01', deadline);
    expect(pace?.perYear).toBeCloseTo(1334.2466, 3);
    expect(pace?.perMonth).toBeCloseTo(111.1872, 3);
  });

  it('is null on or after the deadline', () => {
    expect(requiredPace(4000, 8000, deadline, deadline)).toBeNull();
    expect(requiredPace(4000, 8000, '2026-01-01', deadline)).toBeNull();
  });
});
