// @vitest-environment node
// Series status, hand-computed: ≥ floors ("以上") and ≤ ceilings ("以内"), a year with a target
// but no report, a report with no target, a year in progress, stated verdicts, and publication
// dates deciding what is known as of a day.
import { describe, expect, it } from 'vitest';
import type { Series, SeriesYear } from '../../src/domain/dataset/schema';
import {
  evaluateSeries,
  evaluateSeriesYear,
  publishedOn,
  sourceDates,
} from '../../src/domain/evaluation/series-evaluate';

// Source dates: each number becomes known on the day its source was published.
const dates = sourceDates([
  { id: 'gwr-2024', date: '2024-01-22' }, // sets the 2024 target
  { id: 'bulletin-2024', date: '2025-01-21' }, // reports 2024's actual
  { id: 'gwr-2025', date: '2025-01-14' },
  { id: 'gwr-2026', date: '2026-01-26' }, // reports 2025's actual, sets 2026's target
  { id: 'midyear-2026', date: '2026-07-20' },
]);
const cite = (source: string) => [{ source, quote: 'q' }];

const unemployment = (years: SeriesYear[]): Series => ({
  id: 'unemployment',
  name: { zh: '城镇调查失业率', en: 'Unemployment' },
  category: 'employment',
  unit: 'percent',
  direction: 'decrease',
  span: { first: 2022, last: 2026 },
  years,
});
const starts = (years: SeriesYear[]): Series => ({
  id: 'starts',
  name: { zh: '老旧小区改造新开工', en: 'Starts' },
  category: 'housing',
  unit: 'count',
  direction: 'increase',
  cumulative: true,
  span: { first: 2021, last: 2026 },
  years,
});
const ceiling = (value: number, source: string) => ({
  value,
  comparator: 'lte' as const,
  citations: cite(source),
});
const floor = (value: number, source: string) => ({
  value,
  comparator: 'gte' as const,
  citations: cite(source),
});
const actual = (value: number, year: number, source: string) => ({
  value,
  date: `${year}-12-31`,
  citations: cite(source),
});

describe('evaluateSeriesYear', () => {
  it('a ≤ ceiling ("控制在5%以内") is met by 4.1 with a margin of 0.9 points', () => {
    const series = unemployment([]);
    const year = {
      year: 2024,
      target: ceiling(5, 'gwr-2024'),
      actual: actual(4.1, 2024, 'bulletin-2024'),
    };
    const result = evaluateSeriesYear(series, year, '2025-06-30', dates);
    expect(result?.status).toBe('met');
    expect(result?.margin).toBeCloseTo(0.9, 10); // 5 − 4.1
  });

  it('a ≤ ceiling is met exactly at the ceiling ("以内" includes 5) and missed above it', () => {
    const series = unemployment([]);
    const at = {
      year: 2024,
      target: ceiling(5, 'gwr-2024'),
      actual: actual(5, 2024, 'bulletin-2024'),
    };
    const over = {
      year: 2024,
      target: ceiling(5, 'gwr-2024'),
      actual: actual(5.2, 2024, 'bulletin-2024'),
    };
    expect(evaluateSeriesYear(series, at, '2025-06-30', dates)?.status).toBe('met');
    const missed = evaluateSeriesYear(series, over, '2025-06-30', dates);
    expect(missed?.status).toBe('missed');
    expect(missed?.margin).toBeCloseTo(-0.2, 10); // 5 − 5.2
  });

  it('a ≥ floor ("200部以上") is met at exactly 200 and missed at 199', () => {
    const series = starts([]);
    const at = {
      year: 2024,
      target: floor(200, 'gwr-2024'),
      actual: actual(200, 2024, 'bulletin-2024'),
    };
    const short = {
      year: 2024,
      target: floor(200, 'gwr-2024'),
      actual: actual(199, 2024, 'bulletin-2024'),
    };
    expect(evaluateSeriesYear(series, at, '2025-06-30', dates)).toMatchObject({
      status: 'met',
      margin: 0,
    });
    expect(evaluateSeriesYear(series, short, '2025-06-30', dates)).toMatchObject({
      status: 'missed',
      margin: -1,
    });
  });

  it('a target whose year is over with no report awaits its result until it is due (2025-03-31)', () => {
    const year = { year: 2024, target: floor(300, 'gwr-2024') };
    const result = evaluateSeriesYear(starts([]), year, '2025-01-10', dates);
    expect(result).toMatchObject({ status: 'awaiting', actual: null, margin: null });
    expect(evaluateSeriesYear(starts([]), year, '2025-03-30', dates)?.status).toBe('awaiting');
    expect(evaluateSeriesYear(starts([]), year, '2025-03-31', dates)?.status).toBe('due_no_result');
  });

  it('an actual with no target for its year is labelled as such', () => {
    const year = { year: 2023, actual: actual(355, 2023, 'gwr-2024') };
    expect(evaluateSeriesYear(starts([]), year, '2024-06-30', dates)?.status).toBe('actual_only');
  });

  it('a verdict stated in words is met (stated) and carries no number', () => {
    const year = {
      year: 2024,
      target: floor(300, 'gwr-2024'),
      verdict: { met: true, citations: cite('gwr-2025') },
    };
    const result = evaluateSeriesYear(starts([]), year, '2025-03-01', dates);
    expect(result).toMatchObject({ status: 'met_stated', actual: null, margin: null });
  });

  it('a target set before its year began is upcoming; inside the year it is in progress', () => {
    const year = { year: 2026, target: ceiling(5, 'gwr-2026') };
    expect(evaluateSeriesYear(unemployment([]), year, '2026-02-01', dates)?.status).toBe(
      'in_progress',
    );
    const early = { year: 2025, target: ceiling(5, 'gwr-2025') }; // published 2025-01-14
    // Known from 2025-01-14; on 2025-01-10 nothing about 2025 is public yet.
    expect(evaluateSeriesYear(unemployment([]), early, '2025-01-10', dates)).toBeNull();
  });

  it('a year in progress with an in-year report is graded along the straight path of that year', () => {
    // 150 of ≥300 starts by 2026-06-30: 180 of 364 days elapsed (2026-01-01 → 06-30 = 180,
    // → 12-31 = 364), expected 180/364 = 0.4945; progress 150/300 = 0.5 → ratio 1.011 → on track.
    const year = {
      year: 2026,
      target: floor(300, 'gwr-2026'),
      reports: [
        { date: '2026-06-30', value: 150, citation: { source: 'midyear-2026', quote: 'q' } },
      ],
    };
    const result = evaluateSeriesYear(starts([]), year, '2026-08-01', dates);
    expect(result?.status).toBe('in_progress');
    expect(result?.inYear?.progress).toBeCloseTo(0.5, 10);
    expect(result?.inYear?.expectedAtLatest).toBeCloseTo(180 / 364, 10);
    expect(result?.inYear?.status).toBe('on_track');
    // Before the mid-year report was published (2026-07-20) the year had no report.
    expect(evaluateSeriesYear(starts([]), year, '2026-07-19', dates)?.inYear).toBeNull();
  });

  it('an actual counts only from the day its source was published, not the day it refers to', () => {
    const year = {
      year: 2024,
      target: ceiling(5, 'gwr-2024'),
      actual: actual(4.1, 2024, 'bulletin-2024'),
    };
    // The 2024 figure refers to 2024-12-31 but was published 2025-01-21.
    expect(evaluateSeriesYear(unemployment([]), year, '2025-01-01', dates)?.status).toBe(
      'awaiting',
    );
    expect(evaluateSeriesYear(unemployment([]), year, '2025-01-21', dates)?.status).toBe('met');
  });

  it('a number cited twice is known from the earlier source', () => {
    expect(publishedOn([...cite('gwr-2026'), ...cite('gwr-2024')], dates)).toBe('2024-01-22');
    expect(publishedOn(cite('unknown'), dates)).toBeNull();
  });
});

describe('evaluateSeries', () => {
  const series = unemployment([
    { year: 2022, target: ceiling(5, 'gwr-2024') },
    { year: 2023, actual: actual(4.4, 2023, 'gwr-2024') },
    { year: 2024, target: ceiling(5, 'gwr-2024'), actual: actual(4.1, 2024, 'bulletin-2024') },
    { year: 2025, target: ceiling(5, 'gwr-2025'), actual: actual(4.1, 2025, 'gwr-2026') },
    { year: 2026, target: ceiling(5, 'gwr-2026') },
  ]);

  it('on 2026-12-01: 2026 running with no report, 2025 due and met; 2 of 2 judged years met', () => {
    const result = evaluateSeries(series, '2026-12-01', dates);
    expect(result.current?.year).toBe(2026);
    expect(result.current?.status).toBe('in_progress');
    expect(result.latestResult?.year).toBe(2025);
    expect(result.record).toEqual({ met: 2, judged: 2 });
    // Two verdicts, each naming its year: the 2025 result and the 2026 target being worked on.
    expect(result.due).toMatchObject({ phase: 'due', status: 'achieved', year: 2025 });
    expect(result.running).toMatchObject({ phase: 'running', status: 'no_data', year: 2026 });
    expect(result.verdicts.map((v) => [v.year, v.status])).toEqual([
      [2025, 'achieved'],
      [2026, 'no_data'],
    ]);
    expect(result.years.map((y) => [y.year, y.status])).toEqual([
      [2022, 'due_no_result'],
      [2023, 'actual_only'],
      [2024, 'met'],
      [2025, 'met'],
      [2026, 'in_progress'],
    ]);
  });

  it('as of 2024-06-30 only what was published by then is known: 2024 running, 2022 due', () => {
    const result = evaluateSeries(series, '2024-06-30', dates);
    expect(result.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(result.latestResult).toBeNull();
    // 2023 has only an actual: shown, never judged; the newest due year with a target is 2022.
    expect(result.verdicts.map((v) => [v.phase, v.year, v.status])).toEqual([
      ['due', 2022, 'due_no_result'],
      ['running', 2024, 'no_data'],
    ]);
  });

  it('as of a day in 2023 the same rules apply to the record as it stood then', () => {
    const older = starts([
      { year: 2021, target: floor(300, 'gwr-2024'), actual: actual(320, 2021, 'gwr-2024') },
      { year: 2022, target: floor(300, 'gwr-2024') },
      { year: 2023, target: floor(300, 'gwr-2024') },
    ]);
    // Sources from 2024-01-22 on are unknown in 2023: nothing is published yet.
    expect(evaluateSeries(older, '2023-08-01', dates).verdicts).toEqual([]);
    const d2023 = sourceDates([{ id: 'gwr-2024', date: '2022-01-10' }]);
    const result = evaluateSeries(older, '2023-08-01', d2023);
    // 2021 met; 2022's result was due on 2023-03-31 and never came; 2023 is running.
    expect(result.verdicts.map((v) => [v.phase, v.year, v.status])).toEqual([
      ['due', 2022, 'due_no_result'],
      ['running', 2023, 'no_data'],
    ]);
    // On 2023-03-30 the 2022 result was not yet due: the newest due year is 2021.
    expect(
      evaluateSeries(older, '2023-03-30', d2023).verdicts.map((v) => [v.year, v.status]),
    ).toEqual([
      [2021, 'achieved'],
      [2023, 'no_data'],
    ]);
  });

  it('a newest due year with only a stated verdict counts as due, by that verdict', () => {
    const stated = starts([
      { year: 2024, target: floor(300, 'gwr-2024'), actual: actual(400, 2024, 'gwr-2025') },
      { year: 2025, verdict: { met: false, citations: cite('gwr-2026') } },
    ]);
    const result = evaluateSeries(stated, '2026-06-01', dates);
    expect(result.due).toMatchObject({ status: 'missed', year: 2025, deadline: '2025-12-31' });
    expect(result.running).toBeNull();
  });

  it('a newest due year with a target and nothing else is due with no result published', () => {
    const silent = starts([
      { year: 2023, target: floor(300, 'gwr-2024'), actual: actual(355, 2023, 'gwr-2024') },
      { year: 2024, target: floor(300, 'gwr-2024') },
    ]);
    const result = evaluateSeries(silent, '2026-12-07', dates);
    // Not "achieved" on the strength of 2023: the 2024 target is the one judged.
    expect(result.due).toMatchObject({ status: 'due_no_result', year: 2024 });
    expect(result.latestResult?.year).toBe(2023);
  });

  it('a series without any target is context: no verdict, nothing counted', () => {
    const context = starts([
      { year: 2024, actual: actual(280, 2024, 'bulletin-2024') },
      { year: 2025, actual: actual(290, 2025, 'gwr-2026') },
    ]);
    const result = evaluateSeries(context, '2026-12-07', dates);
    expect(result.years.map((y) => y.status)).toEqual(['actual_only', 'actual_only']);
    expect(result.verdicts).toEqual([]);
  });

  it('the track record counts only the latest three judged years', () => {
    const long = starts(
      [2021, 2022, 2023, 2024].map((year) => ({
        year,
        target: floor(300, 'gwr-2024'),
        actual: actual(year === 2021 ? 100 : 400, year, 'gwr-2026'),
      })),
    );
    // 2021 missed, 2022–2024 met: the last three are 3 of 3.
    expect(evaluateSeries(long, '2026-12-01', dates).record).toEqual({ met: 3, judged: 3 });
  });
});
