// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { IndicatorSummary } from '../../src/domain/evaluation/indicator-summary';
import { diffSummaries } from '../../src/domain/exports/snapshot-diff';

const summary = (id: string, overrides: Partial<IndicatorSummary> = {}): IndicatorSummary => ({
  id,
  planId: 'plan',
  name: { zh: id, en: id },
  unit: 'count',
  baselineValue: null,
  comparator: 'gte',
  targetValue: 100,
  deadline: '2025-12-31',
  latestValue: 40,
  latestDate: '2024-06-30',
  progressPct: 40,
  expectedPct: 70,
  status: 'off_track',
  ...overrides,
});

describe(diffSummaries, () => {
  it('reports a new value with its status change and progress delta', () => {
    const diff = diffSummaries(
      [summary('a'), summary('b')],
      [
        summary('a', {
          latestValue: 80,
          latestDate: '2024-12-31',
          progressPct: 80,
          status: 'on_track',
        }),
        summary('b'),
      ],
    );
    expect(diff.counts).toEqual({ changed: 1, added: 0, removed: 0, unchanged: 1 });
    expect(diff.entries[0]).toMatchObject({
      id: 'a',
      kind: 'changed',
      valueChanged: true,
      statusChanged: true,
      progressDelta: 40,
      statusMove: 2, // off_track → on_track is two steps towards achieved
    });
    expect(diff.entries[1]).toMatchObject({ id: 'b', kind: 'unchanged' });
  });

  it('lists indicators added and removed, changed ones first', () => {
    const diff = diffSummaries(
      [summary('gone'), summary('kept')],
      [summary('kept'), summary('new')],
    );
    expect(diff.entries.map((e) => [e.id, e.kind])).toEqual([
      ['new', 'added'],
      ['gone', 'removed'],
      ['kept', 'unchanged'],
    ]);
    expect(diff.entries[0]?.before).toBeNull();
    expect(diff.entries[1]?.after).toBeNull();
  });

  it('notices a moved target even when the value did not change', () => {
    const diff = diffSummaries([summary('a')], [summary('a', { targetValue: 120 })]);
    expect(diff.entries[0]).toMatchObject({
      kind: 'changed',
      targetChanged: true,
      valueChanged: false,
    });
  });

  it('counts a first report (no value before) as a value change with no progress delta', () => {
    const before = summary('a', {
      latestValue: null,
      latestDate: null,
      progressPct: null,
      status: 'no_data',
    });
    const diff = diffSummaries([before], [summary('a')]);
    expect(diff.entries[0]).toMatchObject({
      kind: 'changed',
      valueChanged: true,
      progressDelta: null,
    });
  });

  it('finds nothing to report between identical states', () => {
    const state = [summary('a'), summary('b', { status: 'achieved' })];
    expect(diffSummaries(state, state).counts).toEqual({
      changed: 0,
      added: 0,
      removed: 0,
      unchanged: 2,
    });
  });
});
