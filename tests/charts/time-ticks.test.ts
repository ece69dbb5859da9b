// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthStarts, timeTicks } from '../../src/components/charts/time-ticks';

const day = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe(monthStarts, () => {
  it('lists the first day of every step-th month inside the span, ends included', () => {
    expect(monthStarts(utc(2021, 1, 15), utc(2021, 7, 1), 3).map(iso)).toEqual([
      '2021-04-01',
      '2021-07-01',
    ]);
    expect(monthStarts(utc(2021, 1, 1), utc(2025, 12, 31), 24).map(iso)).toEqual([
      '2022-01-01',
      '2024-01-01',
    ]);
  });
});

describe(timeTicks, () => {
  // The 14th five-year plan's span: 2021-01-01 … 2025-12-31.
  const [from, to] = [utc(2021, 1, 1), utc(2025, 12, 31)];
  const shown = (ticks: ReturnType<typeof timeTicks>, tier: number) =>
    ticks.filter((tick) => tick.tier <= tier).map((tick) => iso(tick.t));

  it('takes the finest round step whose ticks stay the widest gap apart', () => {
    // 200 days: half-years can be 181 days apart (January to July), so whole years.
    const ticks = timeTicks(from, to, [200 * day]);
    expect(shown(ticks, 0)).toEqual([
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('thins the ticks for narrower tiers, each a subset of the next, from round dates', () => {
    // Tier 2, 100 days: quarters can be 90 days apart (Jan–Apr), half-years 181: half-years.
    // Tier 1, 400 days: every 2nd half-year is yearly (365, too close); every 3rd, from the
    //   roundest of the first three (2022-01-01, an even year), is 546–550 days apart.
    // Tier 0, 1000 days: every 3rd is too close; every 6th from 2022-01-01: 1096 days.
    const ticks = timeTicks(from, to, [1000 * day, 400 * day, 100 * day]);
    expect(shown(ticks, 2)).toHaveLength(10);
    expect(shown(ticks, 2).slice(0, 3)).toEqual(['2021-01-01', '2021-07-01', '2022-01-01']);
    expect(shown(ticks, 1)).toEqual(['2022-01-01', '2023-07-01', '2025-01-01']);
    expect(shown(ticks, 0)).toEqual(['2022-01-01', '2025-01-01']);
  });

  it('starts a thinned tier from the roundest date, not the first', () => {
    // From April 2021: quarterly ticks (80 days). For 300 days, every 2nd (from July: Jul–Jan
    // is 184) and every 3rd (Jul 2021, Apr 2022, Jan 2023: 274) are too close; every 4th
    // starts from the roundest of the first four, 2022-01-01, and is a year apart.
    const ticks = timeTicks(utc(2021, 4, 1), utc(2023, 3, 31), [300 * day, 80 * day]);
    expect(shown(ticks, 1)).toHaveLength(8);
    expect(shown(ticks, 0)).toEqual(['2022-01-01', '2023-01-01']);
  });

  it('gives a span with no month start its start', () => {
    expect(timeTicks(utc(2024, 3, 5), utc(2024, 3, 20), [10 * day])).toEqual([
      { t: utc(2024, 3, 5), tier: 0 },
    ]);
  });
});
