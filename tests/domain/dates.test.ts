// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoToUtcMs, todayIso } from '../../src/domain/evaluation/dates';

describe(daysBetween, () => {
  it('counts whole UTC days including leap days', () => {
    // 5 × 365 + 1 (29 Feb 2024) − 1 = 1825
    expect(daysBetween('2021-01-01', '2025-12-31')).toBe(1825);
    // 28 Feb → 1 Mar 2024 crosses the leap day
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween('2026-01-15', '2025-12-31')).toBe(-15);
  });
});

describe(isoToUtcMs, () => {
  it('gives UTC midnight, the same when asked again (remembered)', () => {
    // 2024-03-01 is day 19783 since 1970-01-01 (54 years, 13 leap days: 54 × 365 + 13 + 60)
    expect(isoToUtcMs('2024-03-01')).toBe(19_783 * 86_400_000);
    expect(isoToUtcMs('2024-03-01')).toBe(19_783 * 86_400_000);
    expect(isoToUtcMs('1970-01-01')).toBe(0);
  });

  it('is NaN for a string that is not a date, every time', () => {
    expect(isoToUtcMs('2024-13-01')).toBeNaN();
    expect(isoToUtcMs('2024-13-01')).toBeNaN();
  });
});

describe(addDays, () => {
  it('moves across month ends in both directions', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2021-01-01', 1825)).toBe('2025-12-31');
  });
});

describe(todayIso, () => {
  it('is the calendar day in Beijing by default', () => {
    // 20:00 UTC on 30 June is 04:00 on 1 July in Beijing (UTC+8)
    expect(todayIso(new Date('2025-06-30T20:00:00Z'))).toBe('2025-07-01');
  });

  it('follows the time zone it is given', () => {
    expect(todayIso(new Date('2025-06-30T20:00:00Z'), 'UTC')).toBe('2025-06-30');
  });
});
