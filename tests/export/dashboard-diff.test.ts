// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/domain/exports/snapshot';
import { dashboardState, diffDashboards } from '../../src/domain/exports/dashboard-diff';
import {
  diffSeriesYears,
  type SeriesState,
  type SeriesYearFigures,
} from '../../src/domain/exports/series-year-diff';
import { makeSnapshot } from './snapshot-fixture';

const year = (y: number, overrides: Partial<SeriesYearFigures> = {}): SeriesYearFigures => ({
  year: y,
  target: { value: 5, comparator: 'lte' },
  actual: { value: 4.1, date: `${y}-12-31` },
  verdict: null,
  ...overrides,
});

const series = (id: string, years: SeriesYearFigures[]): SeriesState => ({
  series: { id, name: { zh: id, en: id }, unit: 'percent' },
  evaluation: { years },
});

describe(diffSeriesYears, () => {
  it('reports a changed actual of one year, old and new, and leaves the other years unchanged', () => {
    const entries = diffSeriesYears(
      [series('jobless', [year(2024), year(2025)])],
      [series('jobless', [year(2024), year(2025, { actual: { value: 4.3, date: '2025-12-31' } })])],
    );
    expect(entries.map((e) => [e.key, e.kind])).toEqual([
      ['jobless:2025', 'changed'],
      ['jobless:2024', 'unchanged'],
    ]);
    expect(entries[0]).toMatchObject({
      year: 2025,
      actualChanged: true,
      targetChanged: false,
      verdictChanged: false,
      before: { actual: { value: 4.1 } },
      after: { actual: { value: 4.3 } },
    });
  });

  it('notices a target whose value or sign moved, and an actual that only moved its date', () => {
    const entries = diffSeriesYears(
      [series('s', [year(2023), year(2024), year(2025)])],
      [
        series('s', [
          year(2023, { target: { value: 5.5, comparator: 'lte' } }),
          year(2024, { target: { value: 5, comparator: 'gte' } }),
          year(2025, { actual: { value: 4.1, date: '2026-01-20' } }),
        ]),
      ],
    );
    expect(entries.map((e) => [e.year, e.targetChanged, e.actualChanged])).toEqual([
      [2023, true, false],
      [2024, true, false],
      [2025, false, true],
    ]);
  });

  it('counts a first result (no actual, then one) and a stated verdict as changes', () => {
    const entries = diffSeriesYears(
      [series('s', [year(2025, { actual: null }), year(2024, { actual: null })])],
      [series('s', [year(2025), year(2024, { actual: null, verdict: { met: true } })])],
    );
    expect(entries.map((e) => [e.year, e.kind, e.actualChanged, e.verdictChanged])).toEqual([
      [2025, 'changed', true, false],
      [2024, 'changed', false, true],
    ]);
  });

  it('lists years and series that arrived or left, changed ones first', () => {
    const entries = diffSeriesYears(
      [series('kept', [year(2024)]), series('gone', [year(2024)])],
      [series('kept', [year(2024), year(2025)]), series('new', [year(2025, { target: null })])],
    );
    expect(entries.map((e) => [e.key, e.kind])).toEqual([
      ['kept:2025', 'added'],
      ['new:2025', 'added'],
      ['gone:2024', 'removed'],
      ['kept:2024', 'unchanged'],
    ]);
    expect(entries[0]?.before).toBeNull();
    expect(entries[2]?.after).toBeNull();
  });
});

/** The sealed fixture's data with one hand edit, as a second state to compare with. */
async function edited(asOf: string, edit: (data: Snapshot['data']) => void) {
  const snapshot = await makeSnapshot({ asOf });
  const data = structuredClone(snapshot.data);
  edit(data);
  return { before: dashboardState(snapshot.data, asOf), after: dashboardState(data, asOf) };
}

describe(diffDashboards, () => {
  it('counts a changed 2025 unemployment actual and a changed indicator target, one item each', async () => {
    const { before, after } = await edited('2026-06-30', (data) => {
      const jobless = data.catalog.series.find((s) => s.id === 'surveyed-unemployment-rate');
      const y2025 = jobless?.years.find((y) => y.year === 2025);
      if (!y2025?.actual) throw new Error('the fixture lost its 2025 unemployment actual');
      y2025.actual.value = 4.3;
      const studios = data.indicators.find((i) => i.id === 'worker-innovation-studios');
      if (!studios) throw new Error('the fixture lost the studios indicator');
      studios.target.value = 9000;
    });
    const diff = diffDashboards(before, after);
    expect(diff.counts.changed).toBe(2);
    expect(diff.counts.added + diff.counts.removed).toBe(0);
    expect(diff.counts.unchanged).toBe(
      before.indicators.length +
        before.series.reduce((n, s) => n + s.evaluation.years.length, 0) -
        2,
    );
    expect(diff.indicators[0]).toMatchObject({
      id: 'worker-innovation-studios',
      kind: 'changed',
      targetChanged: true,
      before: { targetValue: 8000 },
      after: { targetValue: 9000 },
    });
    expect(diff.seriesYears[0]).toMatchObject({
      key: 'surveyed-unemployment-rate:2025',
      kind: 'changed',
      actualChanged: true,
      before: { actual: { value: 4.1 } },
      after: { actual: { value: 4.3 } },
    });
  });

  it('finds nothing to report between a snapshot and itself', async () => {
    const { before, after } = await edited('2026-06-30', () => {});
    const diff = diffDashboards(before, after);
    expect(diff.counts.changed + diff.counts.added + diff.counts.removed).toBe(0);
    expect(before.series.length).toBeGreaterThan(0);
  });

  it('compares series as each state knew them: a result published later is a change', async () => {
    const early = await makeSnapshot({ asOf: '2025-06-30' });
    const late = await makeSnapshot({ asOf: '2026-06-30' });
    const diff = diffDashboards(
      dashboardState(early.data, early.asOf),
      dashboardState(late.data, late.asOf),
    );
    const jobless = diff.seriesYears.find((e) => e.key === 'surveyed-unemployment-rate:2025');
    expect(jobless).toMatchObject({
      kind: 'changed',
      actualChanged: true,
      before: { actual: null },
      after: { actual: { value: 4.1 } },
    });
  });
});
