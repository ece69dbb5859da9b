// The briefing's plan: one summary row per indicator and series in view, the order it is read
// in (exceptions first), which entries get a chart, and what the one-page hand-out can hold.
// Pure, so the page, its one-page variant and the tests agree on what a briefing says.
import type { Localized, Unit } from '../dataset/schema';
import type { Comparator } from '../dataset/vocabulary';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { EvaluatedSeries } from '../evaluation/series-view';
import type { Status } from '../evaluation/status';
import {
  ATTENTION_ORDER,
  entryIdentity,
  latestSeriesFigure,
  needsAttention,
} from '../evaluation/attention';
import type { Verdict } from '../evaluation/verdict';

export type BriefingTrend =
  { kind: 'change'; change: number } | { kind: 'record'; met: number; judged: number };

export type BriefingRow = {
  kind: 'indicator' | 'series';
  id: string;
  name: Localized;
  unit: Unit;
  measure?: Localized;
  /** True when the entry belongs to one of the owner's plans: owned rows lead their group. */
  owned: boolean;
  /** The verdict this row states; null for a series without any target (context only). */
  verdict: Verdict | null;
  /** The verdict's status (null for context). */
  status: Status | null;
  /** The target the verdict judges: a series' target is for one year (`year`), due at its end. */
  target: { value: number; comparator: Comparator; deadline: string; year?: number } | null;
  /**
   * The result for that target: the figure that settles it (or `stated` when the source says
   * met or missed in words); null while it is running or when none was published.
   */
  result: { value: number; date: string } | { stated: boolean } | null;
  /** The latest figure known for the entry, of any year, dated: always shown when there is one. */
  latest: { value: number; date: string } | null;
  /** The last reported change (indicators) or the recent track record (series). */
  trend: BriefingTrend | null;
  /** The source of the latest figure, else of the target: its kind is printed. */
  sourceId: string | null;
};

/** Read first: the statuses that need someone's attention, worst first (需关注). */
export const EXCEPTION_STATUSES = ATTENTION_ORDER;
const GOOD_STATUSES = ['on_track', 'achieved'] as const satisfies Status[];

/** Sizes chosen so each part fits its paper: see the briefing's print stylesheet. */
export const BRIEFING_LIMITS = {
  /** Summary rows a single A4 page holds under the header (the table continues beyond). */
  summaryRowsPerPage: 30,
  /** The summary table stops here; the rest of a large view is in the spreadsheet export. */
  summaryRows: 300,
  /** Above this many entries only exceptions get a chart (a demo of 10,000 stays printable). */
  chartsForAllUpTo: 60,
  /** Never more charts than this in one briefing. */
  charts: 24,
  /** Exception rows the one-page hand-out holds under its counts. */
  onePageRows: 20,
} as const;

export function indicatorRow(
  { indicator, evaluation }: EvaluatedIndicator,
  owned = false,
): BriefingRow {
  const reports = evaluation.observationsAsOf;
  const last = reports.at(-1);
  const previous = reports.at(-2);
  const [verdict] = evaluation.verdicts;
  const latest = evaluation.latest;
  const settled = verdict.phase === 'due' && latest !== null && latest.date >= verdict.deadline;
  return {
    ...entryIdentity('indicator', indicator),
    owned,
    verdict,
    status: verdict.status,
    target: {
      value: indicator.target.value,
      comparator: indicator.target.comparator,
      deadline: indicator.target.deadline,
    },
    result: settled ? latest : null,
    latest,
    trend: last && previous ? { kind: 'change', change: last.value - previous.value } : null,
    sourceId: last?.citation.source ?? indicator.target.citation.source,
  };
}

/**
 * One row per verdict of a series (its newest due year, then its running year), each naming
 * the year's target and result; a series without any target gets one context row.
 */
export function seriesRows({ series, evaluation }: EvaluatedSeries, owned = false): BriefingRow[] {
  const latest = latestSeriesFigure(evaluation.years);
  const newest = evaluation.years.at(-1);
  const latestCitation =
    evaluation.current?.inYear?.observationsAsOf.at(-1)?.citation ??
    [...evaluation.years].reverse().find((y) => y.actual)?.actual?.citations[0] ??
    newest?.verdict?.citations[0];
  const base = {
    ...entryIdentity('series', series),
    owned,
    latest,
    trend:
      evaluation.record.judged > 0
        ? ({
            kind: 'record',
            met: evaluation.record.met,
            judged: evaluation.record.judged,
          } as const)
        : null,
  };
  const rowFor = (verdict: Verdict | null): BriefingRow => {
    const year = verdict ? evaluation.years.find((y) => y.year === verdict.year) : undefined;
    const result =
      verdict?.phase !== 'due' || !year
        ? null
        : year.actual
          ? { value: year.actual.value, date: year.actual.date }
          : year.verdict
            ? { stated: year.verdict.met }
            : null;
    return {
      ...base,
      verdict,
      status: verdict?.status ?? null,
      target:
        year?.target && verdict
          ? {
              value: year.target.value,
              comparator: year.target.comparator,
              deadline: verdict.deadline,
              year: year.year,
            }
          : null,
      result,
      sourceId:
        (year?.actual ?? year?.verdict)?.citations[0]?.source ??
        latestCitation?.source ??
        year?.target?.citations[0]?.source ??
        null,
    };
  };
  return evaluation.verdicts.length > 0 ? evaluation.verdicts.map(rowFor) : [rowFor(null)];
}

/** Reading order: due with no result, missed, off track, at risk, on track, achieved, no data. */
const READING_ORDER: readonly (Status | null)[] = [
  ...EXCEPTION_STATUSES,
  'on_track',
  'achieved',
  'no_data',
  null,
];
const severity = (status: Status | null): number => READING_ORDER.indexOf(status);

/** Rows in reading order (see READING_ORDER), the owner's first within each status (stable). */
export function inReadingOrder<Row extends { status: Status | null; owned?: boolean }>(
  rows: readonly Row[],
): Row[] {
  const rank = (row: Row) => severity(row.status) * 2 + (row.owned ? 0 : 1);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

export const isException = (status: Status | null): boolean => needsAttention(status);

export type BriefingPlan<Entry> = {
  /** Every row for the summary table (a series may have two), in reading order, cut at summaryRows. */
  summary: BriefingRow[];
  /** How many summary rows the view has (the summary may show fewer). */
  total: number;
  /** Entries needing attention, then the ones on track or achieved, each with a chart or not. */
  exceptions: { entry: Entry; chart: boolean }[];
  good: { entry: Entry; chart: boolean }[];
  /** Entries with nothing reported: one compact list, never an empty chart. */
  noData: Entry[];
  /**
   * True when charts were limited (a big view: only exceptions; any view: at most `charts`), so
   * something with figures has no chart: the page says so.
   */
  chartsCapped: boolean;
};

/** An entry's most urgent row decides where it stands in the briefing. */
const worstOf = (rows: readonly BriefingRow[]): BriefingRow =>
  inReadingOrder(rows)[0] ?? (rows[0] as BriefingRow);

/**
 * Splits the entries of a view (each with its summary rows) into the briefing's parts. Big
 * views draw charts only for exceptions, and never more than BRIEFING_LIMITS.charts.
 */
export function planBriefing<Entry>(
  entries: readonly { entry: Entry; rows: readonly BriefingRow[] }[],
  limits: { summaryRows: number; chartsForAllUpTo: number; charts: number } = BRIEFING_LIMITS,
): BriefingPlan<Entry> {
  const ordered = inReadingOrder(
    entries.map((e) => {
      const worst = worstOf(e.rows);
      return { ...e, worst, status: worst.status, owned: worst.owned };
    }),
  );
  const big = ordered.length > limits.chartsForAllUpTo;
  let charts = 0;
  const drawable = (e: { rows: readonly BriefingRow[] }) => e.rows.some((r) => r.latest !== null);
  const withChart = (e: { entry: Entry; rows: readonly BriefingRow[] }, allowed: boolean) => {
    const chart = allowed && drawable(e) && charts < limits.charts;
    if (chart) charts += 1;
    return { entry: e.entry, chart };
  };
  const exceptions = ordered.filter((e) => isException(e.status)).map((e) => withChart(e, true));
  const good = ordered
    .filter((e) => (GOOD_STATUSES as readonly (Status | null)[]).includes(e.status))
    .map((e) => withChart(e, !big));
  const rest = ordered.filter((e) => e.status === 'no_data' || e.status === null);
  const summary = inReadingOrder(ordered.flatMap((e) => e.rows));
  return {
    summary: summary.slice(0, limits.summaryRows),
    total: summary.length,
    exceptions: big ? exceptions.filter((e) => e.chart) : exceptions,
    good: big ? [] : good,
    noData: big ? [] : rest.map((e) => e.entry),
    chartsCapped: big || charts < ordered.filter(drawable).length,
  };
}
