// A series of annual targets, judged year by year as of a date: each year's target beside the
// actual later reported for it (met or missed), stated verdicts, the year in progress, and the
// track record. Known-ness follows publication: a number counts from its source's date.
import { evaluate, type Evaluation } from './evaluate.ts';
import { publishedBy } from './known-as-of.ts';
import type { Citation, Indicator, Plan, Series, SeriesYear, Source } from '../dataset/schema.ts';
import { resultDueOn } from './result-due.ts';
import { meetsTarget, type Comparator, type RunningStatus } from './status.ts';
import { verdictOf, type Verdict } from './verdict.ts';

/** How one series year stands as of a date. */
export const SERIES_YEAR_STATUSES = [
  /** The reported actual meets the target. */
  'met',
  /** The source says in words that the target was met; no number is stored. */
  'met_stated',
  /** The reported actual falls short of the target (or the source says so in words). */
  'missed',
  /** The year is over and its target known; its result is not yet due nor published. */
  'awaiting',
  /** The year's result is due (see RESULT_DUE_MONTHS) and none has been published. */
  'due_no_result',
  /** The as-of date falls inside the year: the target is being worked on. */
  'in_progress',
  /** A target set before its year began. */
  'upcoming',
  /** An actual was reported but no target for that year is on record. */
  'actual_only',
] as const;
export type SeriesYearStatus = (typeof SERIES_YEAR_STATUSES)[number];

/** How many of the latest judged years the track record counts ("近3年达标 3/3"). */
export const TRACK_RECORD_YEARS = 3;

export type SeriesYearEvaluation = {
  year: number;
  status: SeriesYearStatus;
  target: { value: number; comparator: Comparator; citations: Citation[] } | null;
  actual: { value: number; date: string; citations: Citation[] } | null;
  verdict: { met: boolean; citations: Citation[] } | null;
  /**
   * How far the actual is on the good side of the target (actual − target for ≥, target −
   * actual for ≤): positive = beaten, negative = short. Null without both numbers.
   */
  margin: number | null;
  /** The year in progress, evaluated like a one-year target from its in-year reports. */
  inYear: Evaluation | null;
};

export type SeriesEvaluation = {
  seriesId: string;
  asOf: string;
  /** Every year with anything published by asOf, oldest first. */
  years: SeriesYearEvaluation[];
  /** The year asOf falls in, when its target or a report is known. */
  current: SeriesYearEvaluation | null;
  /** The latest year judged met, met (stated) or missed. */
  latestResult: SeriesYearEvaluation | null;
  /** Of the latest TRACK_RECORD_YEARS judged years, how many met their target. */
  record: { met: number; judged: number };
  /** The current year's target, still being worked on (see runningVerdict); null if none. */
  running: Verdict | null;
  /** The newest due year with a target or a stated verdict (see dueVerdict); null if none. */
  due: Verdict | null;
  /** What the summary, filters and briefing count: the due verdict, then the running one. */
  verdicts: Verdict[];
};

type SourceDates = ReadonlyMap<string, string>;

/** Source id → the date it was published, the day its numbers become known. */
export function sourceDates(sources: readonly Pick<Source, 'id' | 'date'>[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, s.date]));
}

/** The day a cited number became public: the earliest of its sources' dates; null if none is known. */
export function publishedOn(citations: readonly Citation[], dates: SourceDates): string | null {
  let earliest: string | null = null;
  for (const { source } of citations) {
    const date = dates.get(source);
    if (date !== undefined && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}

/** Known once any of its sources was out (an unknown source, as for indicators, hides nothing). */
const knownBy = (citations: readonly Citation[], dates: SourceDates, asOf: string) =>
  citations.some((c) => publishedBy(c.source, dates, asOf));

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** The year asOf falls in. */
export const yearOf = (asOf: string): number => Number(asOf.slice(0, 4));

/** A year's target seen as a one-year indicator, so the year in progress is graded by the same method. */
function asOneYearIndicator(series: Series, entry: SeriesYear, asOf: string, dates: SourceDates) {
  const target = entry.target;
  const firstCitation = target?.citations[0];
  if (!target || !firstCitation) return null;
  const reports = (entry.reports ?? []).filter((r) => knownBy([r.citation], dates, asOf));
  const indicator: Indicator = {
    id: `${series.id}-${entry.year}`,
    plan: `${series.id}-${entry.year}`,
    name: series.name,
    category: series.category,
    unit: series.unit,
    direction: series.direction,
    ...(series.cumulative === undefined ? {} : { cumulative: series.cumulative }),
    target: {
      value: target.value,
      comparator: target.comparator,
      deadline: yearEnd(entry.year),
      citation: firstCitation,
    },
    observations: reports,
  };
  const plan: Plan = {
    id: indicator.plan,
    title: series.name,
    issuer: series.name,
    published: yearStart(entry.year),
    period: { start: yearStart(entry.year), end: yearEnd(entry.year) },
    citation: firstCitation,
  };
  return { indicator, plan };
}

/** One series year as of asOf; null when nothing about it was published by then. */
export function evaluateSeriesYear(
  series: Series,
  entry: SeriesYear,
  asOf: string,
  dates: SourceDates,
): SeriesYearEvaluation | null {
  const target = entry.target && knownBy(entry.target.citations, dates, asOf) ? entry.target : null;
  // An actual or a verdict is only a result once the year is over and it has been published.
  const actual =
    entry.actual && knownBy(entry.actual.citations, dates, asOf) && entry.actual.date <= asOf
      ? entry.actual
      : null;
  const verdict =
    entry.verdict && knownBy(entry.verdict.citations, dates, asOf) ? entry.verdict : null;
  if (!target && !actual && !verdict) return null;

  const margin =
    target && actual
      ? target.comparator === 'gte'
        ? actual.value - target.value
        : target.value - actual.value
      : null;
  const status = yearStatus();
  // Only the year in progress is graded like an indicator, and only once it has a report.
  const oneYear = status === 'in_progress' ? asOneYearIndicator(series, entry, asOf, dates) : null;
  const inYear =
    oneYear && oneYear.indicator.observations.length > 0
      ? evaluate(oneYear.indicator, oneYear.plan, asOf)
      : null;
  return {
    year: entry.year,
    status,
    target: target
      ? { value: target.value, comparator: target.comparator, citations: target.citations }
      : null,
    actual: actual ? { value: actual.value, date: actual.date, citations: actual.citations } : null,
    verdict: verdict ? { met: verdict.met, citations: verdict.citations } : null,
    margin,
    inYear,
  };

  function yearStatus(): SeriesYearStatus {
    if (target && actual)
      return meetsTarget(actual.value, target.comparator, target.value) ? 'met' : 'missed';
    if (verdict) return verdict.met ? 'met_stated' : 'missed';
    if (actual) return 'actual_only';
    if (asOf < yearStart(entry.year)) return 'upcoming';
    if (asOf <= yearEnd(entry.year)) return 'in_progress';
    return asOf >= resultDueOn(yearEnd(entry.year)) ? 'due_no_result' : 'awaiting';
  }
}

const JUDGED: readonly SeriesYearStatus[] = ['met', 'met_stated', 'missed'];
export const isJudged = (status: SeriesYearStatus): boolean => JUDGED.includes(status);
export const isMet = (status: SeriesYearStatus): boolean =>
  status === 'met' || status === 'met_stated';

/** A running status only: an in-year report cannot settle a year that has not ended. */
const AS_RUNNING: Record<string, RunningStatus> = {
  achieved: 'on_track',
  missed: 'off_track',
  due_no_result: 'no_data',
};

/**
 * The current year's verdict: its target being worked on, graded by its in-year reports like a
 * one-year target ("no report yet" without one). Null when the year has no target.
 */
export function runningVerdict(current: SeriesYearEvaluation | null): Verdict | null {
  if (!current?.target || current.status !== 'in_progress') return null;
  const status = current.inYear?.status ?? 'no_data';
  return verdictOf(AS_RUNNING[status] ?? status, yearEnd(current.year), current.year);
}

const DUE_YEAR_STATUS = {
  met: 'achieved',
  met_stated: 'achieved',
  missed: 'missed',
  due_no_result: 'due_no_result',
} as const;

/**
 * The newest due year's verdict: the newest year with a target or a stated verdict whose result
 * is in or due. Years with only an actual, and years whose result is not yet due, are skipped;
 * older years are the track record and are never counted.
 */
export function dueVerdict(years: readonly SeriesYearEvaluation[]): Verdict | null {
  for (let i = years.length - 1; i >= 0; i -= 1) {
    const year = years[i]!;
    if (!year.target && !year.verdict) continue;
    if (!(year.status in DUE_YEAR_STATUS)) continue;
    const status = DUE_YEAR_STATUS[year.status as keyof typeof DUE_YEAR_STATUS];
    return verdictOf(status, yearEnd(year.year), year.year);
  }
  return null;
}

/** Every year of a series as it stood on asOf, with its track record and headline status. */
export function evaluateSeries(series: Series, asOf: string, dates: SourceDates): SeriesEvaluation {
  const years = series.years
    .map((entry) => evaluateSeriesYear(series, entry, asOf, dates))
    .filter((y): y is SeriesYearEvaluation => y !== null)
    .sort((a, b) => a.year - b.year);
  const current = years.find((y) => y.year === yearOf(asOf)) ?? null;
  const judged = years.filter((y) => isJudged(y.status));
  const latestResult = judged.at(-1) ?? null;
  const recent = judged.slice(-TRACK_RECORD_YEARS);
  const running = runningVerdict(current);
  const due = dueVerdict(years);
  return {
    seriesId: series.id,
    asOf,
    years,
    current,
    latestResult,
    record: { met: recent.filter((y) => isMet(y.status)).length, judged: recent.length },
    running,
    due,
    verdicts: [due, running].filter((v): v is Verdict => v !== null),
  };
}
