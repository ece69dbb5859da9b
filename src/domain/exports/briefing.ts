// The briefing's plan: one summary row per indicator and series in view, the order it is read
// in (exceptions first), which entries get a chart, and what the one-page hand-out can hold.
// Pure, so the page, its one-page variant and the tests agree on what a briefing says.
import type { Localized, Unit } from '../dataset/schema';
import type { Comparator } from '../dataset/vocabulary';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { EvaluatedSeries } from '../evaluation/series-view';
import type { Status } from '../evaluation/status';

export type BriefingTrend =
  { kind: 'change'; change: number } | { kind: 'record'; met: number; judged: number };

export type BriefingRow = {
  kind: 'indicator' | 'series';
  id: string;
  name: Localized;
  unit: Unit;
  measure?: Localized;
  /** A series' target is for one year (`year`), due at its end. */
  target: { value: number; comparator: Comparator; deadline: string; year?: number } | null;
  latest: { value: number; date: string } | null;
  status: Status;
  /** The last reported change (indicators) or the recent track record (series). */
  trend: BriefingTrend | null;
  /** The source of the latest figure, else of the target: its kind is printed. */
  sourceId: string | null;
};

/** Read first: the statuses that need someone's attention, worst first. */
export const EXCEPTION_STATUSES = ['off_track', 'missed', 'at_risk'] as const satisfies Status[];
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

export function indicatorRow({ indicator, evaluation }: EvaluatedIndicator): BriefingRow {
  const reports = evaluation.observationsAsOf;
  const last = reports.at(-1);
  const previous = reports.at(-2);
  return {
    kind: 'indicator',
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    ...(indicator.measure ? { measure: indicator.measure } : {}),
    target: {
      value: indicator.target.value,
      comparator: indicator.target.comparator,
      deadline: indicator.target.deadline,
    },
    latest: evaluation.latest,
    status: evaluation.status,
    trend: last && previous ? { kind: 'change', change: last.value - previous.value } : null,
    sourceId: last?.citation.source ?? indicator.target.citation.source,
  };
}

export function seriesRow({ series, evaluation }: EvaluatedSeries): BriefingRow {
  // The year being worked on when it has a target or report, else the latest judged year.
  const year = evaluation.current?.target || evaluation.current?.inYear ? evaluation.current : null;
  const shown = year ?? evaluation.latestResult ?? evaluation.years.at(-1) ?? null;
  const inYear = shown?.inYear?.latest ?? null;
  const latest =
    inYear ?? (shown?.actual ? { value: shown.actual.value, date: shown.actual.date } : null);
  const latestCitation =
    shown?.inYear?.observationsAsOf.at(-1)?.citation ??
    shown?.actual?.citations[0] ??
    shown?.verdict?.citations[0];
  return {
    kind: 'series',
    id: series.id,
    name: series.name,
    unit: series.unit,
    ...(series.measure ? { measure: series.measure } : {}),
    target: shown?.target
      ? {
          value: shown.target.value,
          comparator: shown.target.comparator,
          deadline: `${shown.year}-12-31`,
          year: shown.year,
        }
      : null,
    latest,
    status: evaluation.status,
    trend:
      evaluation.record.judged > 0
        ? { kind: 'record', met: evaluation.record.met, judged: evaluation.record.judged }
        : null,
    sourceId: latestCitation?.source ?? shown?.target?.citations[0]?.source ?? null,
  };
}

const severity = (status: Status): number => {
  const order: readonly Status[] = [...EXCEPTION_STATUSES, ...GOOD_STATUSES, 'no_data'];
  return order.indexOf(status);
};

/** Rows in reading order: off track, missed, at risk, on track, achieved, no data (stable). */
export function inReadingOrder<Row extends { status: Status }>(rows: readonly Row[]): Row[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => severity(a.row.status) - severity(b.row.status) || a.i - b.i)
    .map(({ row }) => row);
}

export const isException = (status: Status): boolean =>
  (EXCEPTION_STATUSES as readonly Status[]).includes(status);

export type BriefingPlan<Entry> = {
  /** Every row for the summary table, in reading order, cut at summaryRows. */
  summary: BriefingRow[];
  /** How many rows the view has (the summary may show fewer). */
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

/**
 * Splits the entries of a view (each with its summary row) into the briefing's parts. Big
 * views draw charts only for exceptions, and never more than BRIEFING_LIMITS.charts.
 */
export function planBriefing<Entry>(
  entries: readonly { entry: Entry; row: BriefingRow }[],
  limits: { summaryRows: number; chartsForAllUpTo: number; charts: number } = BRIEFING_LIMITS,
): BriefingPlan<Entry> {
  const ordered = inReadingOrder(entries.map((e) => ({ ...e, status: e.row.status })));
  const big = ordered.length > limits.chartsForAllUpTo;
  let charts = 0;
  const withChart = (e: { entry: Entry; row: BriefingRow }, allowed: boolean) => {
    const chart = allowed && e.row.latest !== null && charts < limits.charts;
    if (chart) charts += 1;
    return { entry: e.entry, chart };
  };
  const exceptions = ordered
    .filter((e) => isException(e.row.status))
    .map((e) => withChart(e, true));
  const good = ordered
    .filter((e) => (GOOD_STATUSES as readonly Status[]).includes(e.row.status))
    .map((e) => withChart(e, !big));
  // What could have a chart: something reported (a "missed" with no report has none to draw).
  const drawable = ordered.filter(
    (e) => e.row.status !== 'no_data' && e.row.latest !== null,
  ).length;
  return {
    summary: ordered.slice(0, limits.summaryRows).map((e) => e.row),
    total: ordered.length,
    exceptions: big ? exceptions.filter((e) => e.chart) : exceptions,
    good: big ? [] : good,
    noData: big ? [] : ordered.filter((e) => e.row.status === 'no_data').map((e) => e.entry),
    chartsCapped: big || charts < drawable,
  };
}

export type OnePage = { rows: BriefingRow[]; more: number };

/** The one-page hand-out: the exceptions that fit, and how many more there are ("还有 N 项"). */
export function onePageExceptions(
  rows: readonly BriefingRow[],
  fit: number = BRIEFING_LIMITS.onePageRows,
): OnePage {
  const exceptions = inReadingOrder(rows.filter((r) => isException(r.status)));
  return { rows: exceptions.slice(0, fit), more: Math.max(0, exceptions.length - fit) };
}
