// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { StatusInput } from '../../src/domain/evaluation/status';
import { RESULT_DUE_MONTHS, resultDueOn } from '../../src/domain/evaluation/result-due';
import {
  AT_RISK_RATIO,
  phaseOf,
  ON_TRACK_RATIO,
  STATUS_ORDER,
  meetsTarget,
  statusFromRatio,
  statusOf,
} from '../../src/domain/evaluation/status';

// Studios: target ≥ 8000 by 2025-12-31 (result due 2026-03-31); asOf mid-2023 unless changed.
const input = (overrides: Partial<StatusInput>): StatusInput => ({
  latestValue: 4000,
  latestDate: '2023-06-30',
  target: 8000,
  comparator: 'gte',
  deadline: '2025-12-31',
  asOf: '2023-06-30',
  progress: 0.4,
  expectedAtLatest: 0.4,
  ...overrides,
});
const none = { latestValue: null, latestDate: null, progress: null, expectedAtLatest: null };

describe(resultDueOn, () => {
  it('is three months after the deadline, at the month end for a month-end deadline', () => {
    expect(RESULT_DUE_MONTHS).toBe(3);
    expect(resultDueOn('2025-12-31')).toBe('2026-03-31');
    expect(resultDueOn('2024-11-30')).toBe('2025-02-28'); // Nov 30 is a month end; Feb 2025 has 28
    expect(resultDueOn('2023-11-30')).toBe('2024-02-29'); // leap year
    expect(resultDueOn('2028-06-30')).toBe('2028-09-30');
    expect(resultDueOn('2025-10-15')).toBe('2026-01-15');
  });
});

describe(phaseOf, () => {
  it('is running the day before the result is due and due on and after that day', () => {
    const noReport = { latestDate: null, deadline: '2025-12-31' };
    expect(phaseOf({ ...noReport, asOf: '2026-03-30' })).toBe('running');
    expect(phaseOf({ ...noReport, asOf: '2026-03-31' })).toBe('due');
    expect(phaseOf({ ...noReport, asOf: '2026-04-01' })).toBe('due');
  });

  it('is due at once when a report dated on or after the deadline is known', () => {
    expect(phaseOf({ latestDate: '2025-12-31', deadline: '2025-12-31', asOf: '2026-01-20' })).toBe(
      'due',
    );
  });
});

describe(statusOf, () => {
  it('is "no_data" while running with nothing reported', () => {
    expect(statusOf(input(none))).toBe('no_data');
  });

  it('is still running between the deadline and the result date: no report → no_data', () => {
    expect(statusOf(input({ ...none, asOf: '2026-03-30' }))).toBe('no_data');
  });

  it('a one-shot target the day before its result is due is graded by ratio, the day after it is due', () => {
    // Latest 7000 on 2025-06-30: progress 0.875 against 0.875 expected → on track while running.
    const interim = {
      latestValue: 7000,
      latestDate: '2025-06-30',
      progress: 0.875,
      expectedAtLatest: 0.875,
    };
    expect(statusOf(input({ ...interim, asOf: '2026-03-30' }))).toBe('on_track');
    // From 2026-03-31 on, a report that predates the deadline says nothing of the outcome.
    expect(statusOf(input({ ...interim, asOf: '2026-03-31' }))).toBe('due_no_result');
    expect(statusOf(input({ ...interim, asOf: '2026-04-01' }))).toBe('due_no_result');
  });

  it('is "due_no_result", not "missed", once due with no report at all', () => {
    expect(statusOf(input({ ...none, asOf: '2026-12-07' }))).toBe('due_no_result');
  });

  it('a running target already at its target value is on track, never "achieved" yet', () => {
    expect(statusOf(input({ latestValue: 8000 }))).toBe('on_track');
    expect(statusOf(input({ latestValue: 30, target: 30, comparator: 'lte' }))).toBe('on_track');
  });

  it('even a report before the deadline that meets the target leaves a due target without a result', () => {
    expect(
      statusOf(input({ latestValue: 8100, latestDate: '2024-12-31', asOf: '2026-06-01' })),
    ).toBe('due_no_result');
  });

  it('is "achieved" when a report dated on the deadline meets the target', () => {
    expect(
      statusOf(input({ latestValue: 8100, latestDate: '2025-12-31', asOf: '2026-01-20' })),
    ).toBe('achieved');
  });

  it('is "missed" only on a report dated on or after the deadline that falls short', () => {
    expect(
      statusOf(input({ latestValue: 7900, latestDate: '2025-12-31', asOf: '2026-01-20' })),
    ).toBe('missed');
    expect(
      statusOf(input({ latestValue: 7900, latestDate: '2026-02-01', asOf: '2026-06-01' })),
    ).toBe('missed');
  });

  it('is still graded by ratio on the deadline day itself', () => {
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

  it('order every status statusOf can return, each once: due first, then running', () => {
    const base: StatusInput = {
      latestValue: 50,
      latestDate: '2024-01-01',
      target: 100,
      comparator: 'gte',
      deadline: '2025-12-31',
      asOf: '2024-01-01',
      progress: 0.5,
      expectedAtLatest: 0.5,
    };
    const final = { latestDate: '2025-12-31', asOf: '2026-01-20' };
    const produced = [
      statusOf({ ...base, ...final, latestValue: 100 }),
      statusOf({ ...base, ...final }),
      statusOf({ ...base, asOf: '2026-04-01' }),
      statusOf(base),
      statusOf({ ...base, progress: 0.4 }),
      statusOf({ ...base, progress: 0.1 }),
      statusOf({ ...base, latestValue: null, latestDate: null }),
    ];
    expect(produced).toEqual([...STATUS_ORDER]);
    expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
  });
});
