// @vitest-environment node
// The briefing's plan, by hand: reading order, which entries get a chart, the caps, the
// no-data list and the one-page hand-out's "还有 N 项".
import { describe, expect, it } from 'vitest';
import { inReadingOrder, planBriefing, type BriefingRow } from '../../src/domain/exports/briefing';
import type { Status } from '../../src/domain/evaluation/status';
import { verdictOf } from '../../src/domain/evaluation/verdict';

const row = (
  id: string,
  status: Status | null,
  reported = status !== 'no_data' && status !== 'due_no_result',
  owned = false,
): BriefingRow => ({
  kind: 'indicator',
  id,
  name: { zh: id, en: id },
  unit: 'count',
  owned,
  verdict: status === null ? null : verdictOf(status, '2025-12-31'),
  status,
  target: { value: 100, comparator: 'gte', deadline: '2025-12-31' },
  result: null,
  latest: reported ? { value: 50, date: '2025-06-30' } : null,
  trend: null,
  sourceId: null,
});
const entries = (rows: BriefingRow[]) => rows.map((r) => ({ entry: r.id, rows: [r] }));
const ids = (list: { entry: string }[]) => list.map((e) => e.entry);

describe(inReadingOrder, () => {
  it('puts due-no-result, missed, off track, at risk first, then on track, achieved, no data, context; ties keep order', () => {
    const rows = [
      row('a', 'on_track'),
      row('b', 'no_data'),
      row('c', 'off_track'),
      row('d', 'achieved'),
      row('e', 'at_risk'),
      row('f', 'missed'),
      row('g', 'off_track'),
      row('h', 'due_no_result'),
      row('i', null),
    ];
    expect(inReadingOrder(rows).map((r) => r.id)).toEqual([
      'h',
      'f',
      'c',
      'g',
      'e',
      'a',
      'd',
      'b',
      'i',
    ]);
  });

  it("puts the owner's rows first within each status, never ahead of a worse status", () => {
    const rows = [
      row('a', 'due_no_result'),
      row('b', 'missed', true, true),
      row('c', 'due_no_result', false, true),
      row('d', 'on_track', true, true),
    ];
    expect(inReadingOrder(rows).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe(planBriefing, () => {
  // f missed with no report, c off track, e at risk, a on track, d achieved, b no data.
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
    expect(plan.summary.map((r) => r.id)).toEqual(['f', 'c', 'e', 'a', 'd', 'b']);
    expect(plan.total).toBe(6);
    expect(plan.exceptions).toEqual([
      // Missed with nothing reported: listed among the exceptions, but there is nothing to draw.
      { entry: 'f', chart: false },
      { entry: 'c', chart: true },
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
    expect(plan.summary.map((r) => r.id)).toEqual(['f', 'c', 'e', 'a']);
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

describe('planBriefing with a series of two rows', () => {
  it('lists both rows in the summary and places the entry by its worse row', () => {
    const due = row('s', 'due_no_result');
    const running = { ...row('s', 'no_data'), verdict: verdictOf('no_data', '2026-12-31', 2026) };
    const plan = planBriefing([
      { entry: 'i', rows: [row('i', 'on_track')] },
      { entry: 's', rows: [running, due] },
    ]);
    expect(plan.summary.map((r) => [r.id, r.status])).toEqual([
      ['s', 'due_no_result'],
      ['i', 'on_track'],
      ['s', 'no_data'],
    ]);
    expect(plan.total).toBe(3);
    expect(ids(plan.exceptions)).toEqual(['s']);
    expect(ids(plan.good)).toEqual(['i']);
  });
});
