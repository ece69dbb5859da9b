// What changed between two states of the dashboard (two snapshots, or one and the live data):
// indicators added or removed, and for the rest their latest value, progress and status.
import type { IndicatorSummary } from '../evaluation/indicator-summary';
import { STATUS_ORDER } from '../evaluation/status';

export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export type IndicatorDiff = {
  id: string;
  kind: DiffKind;
  before: IndicatorSummary | null;
  after: IndicatorSummary | null;
  valueChanged: boolean;
  statusChanged: boolean;
  targetChanged: boolean;
  /** after − before in percentage points; null when either side has no progress. */
  progressDelta: number | null;
  /** Positive when the status moved towards "achieved" in STATUS_ORDER, negative away from it. */
  statusMove: number;
};

export type SnapshotDiff = {
  entries: IndicatorDiff[];
  counts: Record<DiffKind, number>;
};

const rank = (s: IndicatorSummary) => STATUS_ORDER.indexOf(s.status);

function compare(before: IndicatorSummary, after: IndicatorSummary): IndicatorDiff {
  const valueChanged =
    before.latestValue !== after.latestValue || before.latestDate !== after.latestDate;
  const statusChanged = before.status !== after.status;
  const targetChanged =
    before.targetValue !== after.targetValue ||
    before.deadline !== after.deadline ||
    before.comparator !== after.comparator;
  const progressDelta =
    before.progressPct === null || after.progressPct === null
      ? null
      : Math.round((after.progressPct - before.progressPct) * 10) / 10;
  const changed =
    valueChanged || statusChanged || targetChanged || before.progressPct !== after.progressPct;
  return {
    id: after.id,
    kind: changed ? 'changed' : 'unchanged',
    before,
    after,
    valueChanged,
    statusChanged,
    targetChanged,
    progressDelta,
    statusMove: rank(before) - rank(after),
  };
}

const lone = (kind: 'added' | 'removed', s: IndicatorSummary): IndicatorDiff => ({
  id: s.id,
  kind,
  before: kind === 'removed' ? s : null,
  after: kind === 'added' ? s : null,
  valueChanged: false,
  statusChanged: false,
  targetChanged: false,
  progressDelta: null,
  statusMove: 0,
});

const ORDER: Record<DiffKind, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

/** Matches indicators by id; changed first, then added, removed and unchanged, each in "after" order. */
export function diffSummaries(
  before: readonly IndicatorSummary[],
  after: readonly IndicatorSummary[],
): SnapshotDiff {
  const old = new Map(before.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const entries: IndicatorDiff[] = after.map((s) => {
    seen.add(s.id);
    const previous = old.get(s.id);
    return previous ? compare(previous, s) : lone('added', s);
  });
  for (const s of before) if (!seen.has(s.id)) entries.push(lone('removed', s));
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => ORDER[a.entry.kind] - ORDER[b.entry.kind] || a.index - b.index)
    .map(({ entry }) => entry);
  const counts: Record<DiffKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const entry of sorted) counts[entry.kind] += 1;
  return { entries: sorted, counts };
}
