// What changed in the annual-target series between two states of the dashboard: year by year,
// the target, the reported actual and the verdict stated in words, as each state knew them.
import type { Localized, Unit } from '../dataset/schema';
import type { Comparator } from '../dataset/vocabulary';
import type { DiffKind } from './snapshot-diff';

/** The figures of one series year as one state knew them on its as-of date. */
export type SeriesYearFigures = {
  year: number;
  target: { value: number; comparator: Comparator } | null;
  actual: { value: number; date: string } | null;
  verdict: { met: boolean } | null;
};

/**
 * One state's series: what is needed to name and print them, and the years known on its as-of
 * date (an evaluated series fits as it is).
 */
export type SeriesState = {
  series: { id: string; name: Localized; unit: Unit; measure?: Localized };
  evaluation: { years: readonly SeriesYearFigures[] };
};

export type SeriesYearDiff = {
  /** `<series id>:<year>`, unique within a diff. */
  key: string;
  seriesId: string;
  year: number;
  name: Localized;
  unit: Unit;
  measure?: Localized;
  kind: DiffKind;
  before: SeriesYearFigures | null;
  after: SeriesYearFigures | null;
  targetChanged: boolean;
  actualChanged: boolean;
  verdictChanged: boolean;
};

const sameTarget = (a: SeriesYearFigures['target'], b: SeriesYearFigures['target']) =>
  a === b || (a !== null && b !== null && a.value === b.value && a.comparator === b.comparator);
const sameActual = (a: SeriesYearFigures['actual'], b: SeriesYearFigures['actual']) =>
  a === b || (a !== null && b !== null && a.value === b.value && a.date === b.date);
const sameVerdict = (a: SeriesYearFigures['verdict'], b: SeriesYearFigures['verdict']) =>
  a === b || (a !== null && b !== null && a.met === b.met);

type Side = { state: SeriesState; year: SeriesYearFigures };

function compareYear(before: Side | undefined, after: Side | undefined): SeriesYearDiff {
  const { series } = (after ?? before)!.state;
  const old = before?.year ?? null;
  const now = after?.year ?? null;
  const both = old !== null && now !== null;
  const targetChanged = both && !sameTarget(old.target, now.target);
  const actualChanged = both && !sameActual(old.actual, now.actual);
  const verdictChanged = both && !sameVerdict(old.verdict, now.verdict);
  const kind: DiffKind =
    old === null
      ? 'added'
      : now === null
        ? 'removed'
        : targetChanged || actualChanged || verdictChanged
          ? 'changed'
          : 'unchanged';
  const year = (now ?? old)!.year;
  return {
    key: `${series.id}:${year}`,
    seriesId: series.id,
    year,
    name: series.name,
    unit: series.unit,
    ...(series.measure ? { measure: series.measure } : {}),
    kind,
    before: old,
    after: now,
    targetChanged,
    actualChanged,
    verdictChanged,
  };
}

function byKey(states: readonly SeriesState[]): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const state of states)
    for (const year of state.evaluation.years)
      out.set(`${state.series.id}:${year.year}`, { state, year });
  return out;
}

const ORDER: Record<DiffKind, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

/**
 * Matches series years by series id and year: changed first, then added, removed and unchanged,
 * each in "after" order (series by series, oldest year first), removed ones in "before" order.
 */
export function diffSeriesYears(
  before: readonly SeriesState[],
  after: readonly SeriesState[],
): SeriesYearDiff[] {
  const old = byKey(before);
  const now = byKey(after);
  const entries = [...now].map(([key, side]) => compareYear(old.get(key), side));
  for (const [key, side] of old) if (!now.has(key)) entries.push(compareYear(side, undefined));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => ORDER[a.entry.kind] - ORDER[b.entry.kind] || a.index - b.index)
    .map(({ entry }) => entry);
}
