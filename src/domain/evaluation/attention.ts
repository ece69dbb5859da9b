// 需关注: what needs someone's attention, worst first — targets whose result is due and was never
// published, missed targets, then running targets off track or at risk. The owner's plans lead
// each group. Pure, so the overview, the briefing and /present list the same lines.
import type { Localized, Measure, Unit } from '../dataset/schema.ts';
import type { Comparator } from '../dataset/vocabulary.ts';
import type { EvaluatedIndicator } from './evaluate-all.ts';
import { isJudged, isMet, type SeriesYearEvaluation } from './series-evaluate.ts';
import type { EvaluatedSeries } from './series-view.ts';
import type { Status } from './status.ts';
import type { Verdict } from './verdict.ts';

/** The statuses that need attention, in the order they are read. */
export const ATTENTION_ORDER = ['due_no_result', 'missed', 'off_track', 'at_risk'] as const;
export type AttentionStatus = (typeof ATTENTION_ORDER)[number];

export const needsAttention = (status: Status | null): status is AttentionStatus =>
  status !== null && (ATTENTION_ORDER as readonly Status[]).includes(status);

type Dated = { value: number; date: string };

export type AttentionItem = {
  kind: 'indicator' | 'series';
  id: string;
  name: Localized;
  unit: Unit;
  measure?: Measure;
  /** True when the target belongs to one of the owner's plans. */
  owned: boolean;
  verdict: Verdict & { status: AttentionStatus };
  target: { value: number; comparator: Comparator } | null;
  /** The figure that settles the judged target (a missed result), else null. */
  result: Dated | null;
  /** The latest figure known for anything in the entry, dated (interim or of another year). */
  latest: Dated | null;
  /** Series: the newest year with a result before the judged one ("2023年已达成"). */
  lastResult: { year: number; met: boolean } | null;
  /** Series: the due years, up to the judged one, whose result was never published. */
  unpublishedYears: number[];
};

/** What names an entry in a list or a table: its kind, id, name, unit and measure word. */
export function entryIdentity<Kind extends 'indicator' | 'series'>(
  kind: Kind,
  entry: { id: string; name: Localized; unit: Unit; measure?: Measure | undefined },
) {
  return {
    kind,
    id: entry.id,
    name: entry.name,
    unit: entry.unit,
    ...(entry.measure ? { measure: entry.measure } : {}),
  };
}

/** Sort key: the status's place in ATTENTION_ORDER, then the owner's targets first. */
export function byAttention<Item extends { verdict: { status: Status }; owned: boolean }>(
  items: readonly Item[],
): Item[] {
  const rank = (item: Item) =>
    (ATTENTION_ORDER as readonly Status[]).indexOf(item.verdict.status) * 2 + (item.owned ? 0 : 1);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

function indicatorItem(row: EvaluatedIndicator, owned: boolean): AttentionItem | null {
  const { indicator, evaluation } = row;
  const verdict = evaluation.verdicts[0];
  if (!needsAttention(verdict.status)) return null;
  const latest = evaluation.latest;
  return {
    ...entryIdentity('indicator', indicator),
    owned,
    verdict: { ...verdict, status: verdict.status },
    target: { value: indicator.target.value, comparator: indicator.target.comparator },
    result:
      verdict.status === 'missed' && latest && latest.date >= verdict.deadline ? latest : null,
    latest,
    lastResult: null,
    unpublishedYears: [],
  };
}

/** The newest judged year before `year` ("2023年已达成" beside a 2025 with no result). */
export function lastResultBefore(
  years: readonly SeriesYearEvaluation[],
  year: number,
): { year: number; met: boolean } | null {
  const previous = years.filter((y) => y.year < year && isJudged(y.status)).at(-1);
  return previous ? { year: previous.year, met: isMet(previous.status) } : null;
}

/** The newest actual of any year, or the in-year report of the year in progress. */
export function latestSeriesFigure(years: readonly SeriesYearEvaluation[]): Dated | null {
  let latest: Dated | null = null;
  for (const year of years) {
    const figure = year.inYear?.latest ?? year.actual;
    if (figure && (latest === null || figure.date > latest.date))
      latest = { value: figure.value, date: figure.date };
  }
  return latest;
}

function seriesItems(row: EvaluatedSeries, owned: boolean): AttentionItem[] {
  const { series, evaluation } = row;
  const base = {
    ...entryIdentity('series', series),
    owned,
    latest: latestSeriesFigure(evaluation.years),
  };
  return evaluation.verdicts.flatMap((verdict) => {
    if (!needsAttention(verdict.status)) return [];
    const judged = evaluation.years.find((y) => y.year === verdict.year);
    const previous =
      verdict.year === null ? null : lastResultBefore(evaluation.years, verdict.year);
    const unpublished = evaluation.years
      .filter((y) => y.status === 'due_no_result' && (previous === null || y.year > previous.year))
      .map((y) => y.year);
    return [
      {
        ...base,
        verdict: { ...verdict, status: verdict.status },
        target: judged?.target
          ? { value: judged.target.value, comparator: judged.target.comparator }
          : null,
        result: verdict.status === 'missed' && judged?.actual ? judged.actual : null,
        lastResult: previous,
        unpublishedYears: verdict.phase === 'due' ? unpublished : [],
      },
    ];
  });
}

/** Every line of 需关注 for the entries in view, worst first, the owner's targets first in each. */
export function attentionItems(
  rows: readonly EvaluatedIndicator[],
  seriesRows: readonly EvaluatedSeries[],
  ownedPlans: ReadonlySet<string>,
): AttentionItem[] {
  const items = [
    ...rows.flatMap((row) => indicatorItem(row, ownedPlans.has(row.plan.id)) ?? []),
    ...seriesRows.flatMap((row) => seriesItems(row, seriesOwned(row.series, ownedPlans))),
  ];
  return byAttention(items);
}

/** True when one of the series' years was set by an owner's plan. */
export const seriesOwned = (
  series: { years: readonly { plan?: string | undefined }[] },
  ownedPlans: ReadonlySet<string>,
): boolean => series.years.some((y) => y.plan !== undefined && ownedPlans.has(y.plan));

/** The ids of the plans marked as the owner's in the data. */
export const ownedPlanIds = (plans: readonly { id: string; owner?: boolean }[]): Set<string> =>
  new Set(plans.filter((p) => p.owner === true).map((p) => p.id));

/** The owner's plans first, otherwise in the data's order. */
export function ownedFirst<P extends { owner?: boolean }>(plans: readonly P[]): P[] {
  return [...plans.filter((p) => p.owner === true), ...plans.filter((p) => p.owner !== true)];
}
