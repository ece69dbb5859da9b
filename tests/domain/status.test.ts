import { describe, expect, it } from 'vitest';
import type { StatusInput } from '../../src/domain/evaluation/status';
import {
  AT_RISK_RATIO,
  ON_TRACK_RATIO,
  STATUS_ORDER,
  meetsTarget,
  statusFromRatio,
  statusOf,
} from '../../src/domain/evaluation/status';

// Studios: target ≥ 8000 by 2025-12-31; asOf mid-2023 unless changed.
const input = (overrides: Partial<StatusInput>): StatusInput => ({
  latestValue: 4000,
  target: 8000,
  comparator: 'gte',
  deadline: '2025-12-31',
  asOf: '2023-06-30',
  progress: 0.4,
  expectedAtLatest: 0.4,
  ...overrides,
});

describe(statusOf, () => {
  it('is "no_data" when nothing has been reported as of the date', () => {
    expect(statusOf(input({ latestValue: null, progress: null, expectedAtLatest: null }))).toBe(
      'no_data',
    );
  });

  it('is "no_data" rather than "missed" when the deadline passed without any report', () => {
    expect(statusOf(input({ latestValue: null, asOf: '2026-03-01' }))).toBe('no_data');
  });

  it('is "achieved" when the latest value meets a ≥ target', () => {
    expect(statusOf(input({ latestValue: 8000 }))).toBe('achieved');
  });

  it('is "achieved" when the latest value meets a ≤ target', () => {
    expect(statusOf(input({ latestValue: 30, target: 30, comparator: 'lte' }))).toBe('achieved');
  });

  it('is "achieved" after the deadline when the latest report meets the target', () => {
    expect(statusOf(input({ latestValue: 8100, asOf: '2026-03-01' }))).toBe('achieved');
  });

  it('is "missed" after the deadline when the target is not met', () => {
    expect(statusOf(input({ latestValue: 7900, asOf: '2026-01-01', progress: 0.98 }))).toBe(
      'missed',
    );
  });

  it('is still graded on the deadline day itself', () => {
    expect(statusOf(input({ asOf: '2025-12-31' }))).toBe('on_track');
  });

  it('is "no_data" when progress cannot be computed', () => {
    expect(
      statusOf(input({ latestValue: 35, target: 30, comparator: 'lte', progress: null })),
    ).toBe('no_data');
  });

  it('grades against expected progress at the latest report', () => {
    // 0.3 / 0.4 = 0.75 → at risk
    expect(statusOf(input({ progress: 0.3 }))).toBe('at_risk');
  });
});

describe(statusFromRatio, () => {
  it('is "on_track" exactly at the 0.9 boundary', () => {
    // 0.45 / 0.5 = 0.9; 0.36 / 0.4 = 0.8999999999999999 in floating point, still 0.9
    expect(statusFromRatio(0.45, 0.5)).toBe('on_track');
    expect(statusFromRatio(0.36, 0.4)).toBe('on_track');
  });

  it('is "at_risk" just below 0.9 and exactly at 0.7', () => {
    // 0.4499 / 0.5 = 0.8998; 0.35 / 0.5 = 0.7; 0.28 / 0.4 = 0.7000000000000001
    expect(statusFromRatio(0.4499, 0.5)).toBe('at_risk');
    expect(statusFromRatio(0.35, 0.5)).toBe('at_risk');
    expect(statusFromRatio(0.28, 0.4)).toBe('at_risk');
  });

  it('is "off_track" just below 0.7 and for negative progress', () => {
    // 0.3499 / 0.5 = 0.6998
    expect(statusFromRatio(0.3499, 0.5)).toBe('off_track');
    expect(statusFromRatio(-0.05, 0.4)).toBe('off_track');
  });

  it('is "on_track" when nothing is expected yet and progress is not negative', () => {
    expect(statusFromRatio(0, 0)).toBe('on_track');
    expect(statusFromRatio(-0.01, 0)).toBe('off_track');
  });
});

describe(meetsTarget, () => {
  it('compares by the comparator', () => {
    expect(meetsTarget(90, 'gte', 90)).toBe(true);
    expect(meetsTarget(89.9, 'gte', 90)).toBe(false);
    expect(meetsTarget(30.1, 'lte', 30)).toBe(false);
  });
});

describe('status constants', () => {
  it('grade exactly on the named thresholds, whatever their values', () => {
    expect(statusFromRatio(ON_TRACK_RATIO, 1)).toBe('on_track');
    expect(statusFromRatio(ON_TRACK_RATIO - 0.001, 1)).toBe('at_risk');
    expect(statusFromRatio(AT_RISK_RATIO, 1)).toBe('at_risk');
    expect(statusFromRatio(AT_RISK_RATIO - 0.001, 1)).toBe('off_track');
    expect(AT_RISK_RATIO).toBeLessThan(ON_TRACK_RATIO);
  });

  it('order every status statusOf can return, each once, best first', () => {
    const base: StatusInput = {
      latestValue: 50,
      target: 100,
      comparator: 'gte',
      deadline: '2025-12-31',
      asOf: '2024-01-01',
      progress: 0.5,
      expectedAtLatest: 0.5,
    };
    const produced = [
      statusOf({ ...base, latestValue: 100 }),
      statusOf(base),
      statusOf({ ...base, progress: 0.4 }),
      statusOf({ ...base, progress: 0.1 }),
      statusOf({ ...base, asOf: '2026-01-01' }),
      statusOf({ ...base, latestValue: null }),
    ];
    expect(produced).toEqual([...STATUS_ORDER]);
    expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
  });
});
