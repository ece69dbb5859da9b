// The briefing's plan, by hand: reading order, which entries get a chart, the caps, the
// no-data list and the one-page hand-out's "还有 N 项".
import { describe, expect, it } from 'vitest';
import {
  inReadingOrder,
  onePageExceptions,
  planBriefing,
  type BriefingRow,
} from '../../src/domain/exports/briefing';
import type { Status } from '../../src/domain/evaluation/status';

const row = (id: string, status: Status, reported = status !== 'no_data'): BriefingRow => ({
  kind: 'indicator',
  id,
  name: { zh: id, en: id },
  unit: { zh: '个', en: '' } as unknown as BriefingRow['unit'],
  target: { value: 100, comparator: 'gte', deadline: '2025-12-31' },
  latest: reported ? { value: 50, date: '2025-06-30' } : null,
  status,
  trend: null,
  sourceId: null,
});
const entries = (rows: BriefingRow[]) => rows.map((r) => ({ entry: r.id, row: r }));
const ids = (list: { entry: string }[]) => list.map((e) => e.entry);

describe(inReadingOrder, () => {
  it('puts off track, missed, at risk first, then on track, achieved, no data; ties keep order', () => {
    const rows = [
      row('a', 'on_track'),
      row('b', 'no_data'),
      row('c', 'off_track'),
      row('d', 'achieved'),
      row('e', 'at_risk'),
      row('f', 'missed'),
      row('g', 'off_track'),
    ];
    expect(inReadingOrder(rows).map((r) => r.id)).toEqual(['c', 'g', 'f', 'e', 'a', 'd', 'b']);
  });
});

describe(planBriefing, () => {
  // c off track, f missed with no report, e at risk, a on track, d achieved, b no data.
  const view = entries([
    row('a', 'on_track'),
    row('b', 'no_data'),
    row('c', 'off_track'),
    row('d', 'achieved'),
    row('e', 'at_risk'),
    row('f', 'missed', false),
  ]);

  it('charts everything reported in a small view; the no-report items are one list', () => {
    const plan = planBriefing(view, { summaryRows: 300, chartsForAllUpTo: 60, charts: 24 });
    expect(plan.summary.map((r) => r.id)).toEqual(['c', 'f', 'e', 'a', 'd', 'b']);
    expect(plan.total).toBe(6);
    expect(plan.exceptions).toEqual([
      { entry: 'c', chart: true },
      // Missed with nothing reported: listed among the exceptions, but there is nothing to draw.
      { entry: 'f', chart: false },
      { entry: 'e', chart: true },
    ]);
    expect(plan.good).toEqual([
      { entry: 'a', chart: true },
      { entry: 'd', chart: true },
    ]);
    expect(plan.noData).toEqual(['b']);
    // Nothing with a figure went without a chart.
    expect(plan.chartsCapped).toBe(false);
  });

  it('stops at the chart cap in reading order and says so; the summary stops at its cap', () => {
    const plan = planBriefing(view, { summaryRows: 4, chartsForAllUpTo: 60, charts: 3 });
    expect(plan.summary.map((r) => r.id)).toEqual(['c', 'f', 'e', 'a']);
    expect(plan.total).toBe(6);
    // c, e and a take the three charts; d (achieved) is reported but left without one.
    expect(plan.exceptions.filter((e) => e.chart).map((e) => e.entry)).toEqual(['c', 'e']);
    expect(plan.good).toEqual([
      { entry: 'a', chart: true },
      { entry: 'd', chart: false },
    ]);
    expect(plan.chartsCapped).toBe(true);
  });

  it('in a big view charts only exceptions, drops the good and no-data parts, and says so', () => {
    const plan = planBriefing(view, { summaryRows: 300, chartsForAllUpTo: 5, charts: 24 });
    expect(plan.exceptions).toEqual([
      { entry: 'c', chart: true },
      { entry: 'e', chart: true },
    ]);
    expect(plan.good).toEqual([]);
    expect(plan.noData).toEqual([]);
    expect(plan.summary).toHaveLength(6);
    expect(plan.chartsCapped).toBe(true);
  });

  it('a big view never draws more than the chart cap', () => {
    const many = entries(Array.from({ length: 10 }, (_, i) => row(`x${i}`, 'off_track')));
    const plan = planBriefing(many, { summaryRows: 300, chartsForAllUpTo: 5, charts: 3 });
    expect(ids(plan.exceptions)).toEqual(['x0', 'x1', 'x2']);
    expect(plan.exceptions.every((e) => e.chart)).toBe(true);
  });

  it('an empty view is an empty briefing', () => {
    expect(planBriefing([])).toEqual({
      summary: [],
      total: 0,
      exceptions: [],
      good: [],
      noData: [],
      chartsCapped: false,
    });
  });
});

describe(onePageExceptions, () => {
  const rows = [
    row('a', 'achieved'),
    row('b', 'at_risk'),
    row('c', 'missed'),
    row('d', 'no_data'),
    row('e', 'off_track'),
  ];
  it('holds the worst exceptions that fit and counts the rest', () => {
    const { rows: shown, more } = onePageExceptions(rows, 2);
    expect(shown.map((r) => r.id)).toEqual(['e', 'c']);
    expect(more).toBe(1);
  });
  it('says nothing more when all fit, and is empty with no exceptions', () => {
    expect(onePageExceptions(rows, 3).more).toBe(0);
    expect(onePageExceptions(rows, 3).rows.map((r) => r.id)).toEqual(['e', 'c', 'b']);
    expect(onePageExceptions([row('a', 'achieved'), row('d', 'no_data')])).toEqual({
      rows: [],
      more: 0,
    });
  });
});
