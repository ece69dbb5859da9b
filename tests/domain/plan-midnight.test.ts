// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { beijingDateOf, nextPlanMidnightMs, todayIso } from '../../src/domain/evaluation/dates';

describe(nextPlanMidnightMs, () => {
  it('is 00:00 in Beijing, which is 16:00 UTC the day before', () => {
    // 23:59:30 on 31 Dec 2025 in Beijing = 15:59:30 UTC → the next day starts at 16:00:00 UTC.
    const now = Date.parse('2025-12-31T15:59:30Z');
    expect(new Date(nextPlanMidnightMs(now)).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(todayIso(new Date(nextPlanMidnightMs(now) - 1))).toBe('2025-12-31');
    expect(todayIso(new Date(nextPlanMidnightMs(now)))).toBe('2026-01-01');
  });

  it('at midnight exactly, is the next midnight, 24 hours on (never the same instant)', () => {
    const midnight = Date.parse('2026-03-01T00:00:00+08:00');
    expect(nextPlanMidnightMs(midnight) - midnight).toBe(86_400_000);
  });

  it('in the UTC morning (already the afternoon in Beijing), is that UTC day at 16:00', () => {
    // 01:00 UTC on 1 Mar 2024 = 09:00 Beijing; the leap day is behind us.
    expect(new Date(nextPlanMidnightMs(Date.parse('2024-03-01T01:00:00Z'))).toISOString()).toBe(
      '2024-03-01T16:00:00.000Z',
    );
  });

  it('between 00:00 and 08:00 Beijing (the UTC day before), is the coming Beijing midnight', () => {
    // 20:00 UTC on 28 Feb 2024 = 04:00 on 29 Feb in Beijing → next midnight starts 1 Mar there.
    const next = nextPlanMidnightMs(Date.parse('2024-02-28T20:00:00Z'));
    expect(new Date(next).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(todayIso(new Date(next))).toBe('2024-03-01');
  });
});

describe(beijingDateOf, () => {
  it('is still the Beijing day at 15:59 UTC (23:59 in Beijing)', () => {
    expect(beijingDateOf(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
  });

  it('turns to the next day at 16:00 UTC (00:00 in Beijing), a UTC day early', () => {
    expect(beijingDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('between 00:00 and 08:00 Beijing is the day after the UTC day', () => {
    // 20:00 UTC on 28 Feb 2024 = 04:00 on the leap day in Beijing.
    expect(beijingDateOf(new Date('2024-02-28T20:00:00Z'))).toBe('2024-02-29');
    expect(new Date('2024-02-28T20:00:00Z').toISOString().slice(0, 10)).toBe('2024-02-28');
  });

  it('agrees with the Intl reading of Asia/Shanghai through a whole day, hour by hour', () => {
    for (let h = 0; h < 24; h++) {
      const now = new Date(Date.UTC(2026, 10, 30, h, 30));
      expect(beijingDateOf(now)).toBe(todayIso(now));
    }
  });
});
