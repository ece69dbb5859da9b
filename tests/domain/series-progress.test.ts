// @vitest-environment node
// A series on the compare chart, hand-computed: a ≥ floor plots actual ÷ target, a ≤ ceiling
// plots 2 − actual ÷ target (above 100% = met either way), only years with both numbers known
// on the as-of date count, and the compare ids tell series from indicators.
import { describe, expect, it } from 'vitest';
import type { Series, SeriesYear } from '../../src/domain/dataset/schema';
import { evaluateSeries, sourceDates } from '../../src/domain/evaluation/series-evaluate';
import {
  comparedSeriesIds,
  parseCompareId,
  seriesCompareId,
} from '../../src/domain/presentation/compare-ids';
import { seriesProgressSeries } from '../../src/domain/presentation/series-progress';

const dates = sourceDates([
  { id: 'gwr-2024', date: '2024-01-22' },
  { id: 'bulletin-2024', date: '2025-03-20' },
  { id: 'gwr-2025', date: '2025-01-14' },
  { id: 'bulletin-2025', date: '2026-03-19' },
]);
const cite = (source: string) => [{ source, quote: 'q' }];
const target = (value: number, comparator: 'gte' | 'lte', source: string) => ({
  value,
  comparator,
  citations: cite(source),
});
const actual = (value: number, year: number, source: string) => ({
  value,
  date: `${year}-12-31`,
  citations: cite(source),
});
const series = (id: string, years: SeriesYear[], direction: Series['direction']): Series => ({
  id,
  name: { zh: id, en: id },
  category: 'employment',
  unit: direction === 'decrease' ? 'percent' : 'count',
  direction,
  span: { first: 2023, last: 2025 },
  years,
});

const jobs = series(
  'jobs',
  [
    // 2023: an actual without a target is never plotted.
    { year: 2023, actual: actual(281000, 2023, 'bulletin-2024') },
    // 2024: ≥ 260,000, 299,000 reported → 299000 / 260000 = 115%.
    {
      year: 2024,
      target: target(260000, 'gte', 'gwr-2024'),
      actual: actual(299000, 2024, 'bulletin-2024'),
    },
    // 2025: ≥ 260,000, 234,000 reported (known only from 2026-03-19) → 90%.
    {
      year: 2025,
      target: target(260000, 'gte', 'gwr-2025'),
      actual: actual(234000, 2025, 'bulletin-2025'),
    },
  ],
  'increase',
);
const unemployment = series(
  'unemployment',
  [
    // ≤ 5%, 4.1% reported: 0.9 points under the ceiling = 18% of it → 118%.
    {
      year: 2024,
      target: target(5, 'lte', 'gwr-2024'),
      actual: actual(4.1, 2024, 'bulletin-2024'),
    },
    // ≤ 5%, 5.5% reported: 0.5 points over = 10% of the ceiling → 90%.
    {
      year: 2025,
      target: target(5, 'lte', 'gwr-2025'),
      actual: actual(5.5, 2025, 'bulletin-2025'),
    },
  ],
  'decrease',
);

describe(seriesProgressSeries, () => {
  it('plots a ≥ floor as actual ÷ target at the actual’s date, one point per judged year', () => {
    const points = seriesProgressSeries(evaluateSeries(jobs, '2026-06-30', dates).years);
    expect(points.map((p) => [p.year, p.date])).toEqual([
      [2024, '2024-12-31'],
      [2025, '2025-12-31'],
    ]);
    expect(points[0]!.pct).toBeCloseTo(115, 0);
    expect(points[0]!.pct).toBeCloseTo((299000 / 260000) * 100, 9);
    expect(points[1]!.pct).toBeCloseTo(90, 9);
    expect(points[0]!.t).toBe(Date.UTC(2024, 11, 31));
    expect(points[0]!.target.value).toBe(260000);
    expect(points[0]!.actual.value).toBe(299000);
  });

  it('plots a ≤ ceiling so that met is above 100%: 4.1 under 5 → 118%, 5.5 → 90%', () => {
    const points = seriesProgressSeries(evaluateSeries(unemployment, '2026-06-30', dates).years);
    expect(points.map((p) => p.year)).toEqual([2024, 2025]);
    expect(points[0]!.pct).toBeCloseTo(118, 9);
    expect(points[1]!.pct).toBeCloseTo(90, 9);
  });

  it('leaves out a year whose actual was not yet published on the as-of date', () => {
    // On 2025-06-30 the 2025 result is not out: only 2024 stands.
    const points = seriesProgressSeries(evaluateSeries(jobs, '2025-06-30', dates).years);
    expect(points.map((p) => p.year)).toEqual([2024]);
    // Before the 2024 bulletin, nothing has both numbers.
    expect(seriesProgressSeries(evaluateSeries(jobs, '2025-03-19', dates).years)).toEqual([]);
  });

  it('leaves out a target of zero, which has no share', () => {
    const zero = series(
      'zero',
      [
        {
          year: 2024,
          target: target(0, 'lte', 'gwr-2024'),
          actual: actual(0, 2024, 'bulletin-2024'),
        },
      ],
      'decrease',
    );
    expect(seriesProgressSeries(evaluateSeries(zero, '2026-01-01', dates).years)).toEqual([]);
  });
});

describe(parseCompareId, () => {
  it('reads a bare id as an indicator (old links) and "series:<id>" as a series', () => {
    expect(parseCompareId('union-coverage-rate')).toEqual({
      kind: 'indicator',
      id: 'union-coverage-rate',
    });
    expect(parseCompareId(seriesCompareId('new-urban-jobs'))).toEqual({
      kind: 'series',
      id: 'new-urban-jobs',
    });
    expect(seriesCompareId('new-urban-jobs')).toBe('series:new-urban-jobs');
  });

  it('refuses malformed ids', () => {
    for (const raw of ['', 'series:', 'Series:x', 'series:Bad', 'other:x', 'a,b'])
      expect(parseCompareId(raw)).toBeNull();
  });

  it('lists the compared series in order', () => {
    expect(comparedSeriesIds(['a', 'series:b', 'series:c', 'bad!'])).toEqual(['b', 'c']);
  });
});
