// A series of annual targets, judged year by year as of a date: each year's target beside the
// actual later reported for it (met or missed), stated verdicts, the year in progress, and the
// track record. Known-ness follows publication: a number counts from its source's date.
import { evaluate, type Evaluation } from './evaluate.ts';
import { publishedBy } from './known-as-of.ts';
import type { Citation, Indicator, Plan, Series, SeriesYear, Source } from '../dataset/schema.ts';
import { meetsTarget, type Comparator, type Status } from './status.ts';

/** How one series year stands as of a date. */
export const SERIES_YEAR_STATUSES = [
  /** The reported actual meets the target. */
  'met',
  /** The source says in words that the target was met; no number is stored. */
  'met_stated',
  /** The reported actual falls short of the target (or the source says so in words). */
  'missed',
  /** The year is over, its target known, and no result has been published yet. */
  'awaiting',
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
  /** The one status the summary, filters and briefing use (see headlineStatus). */
  status: Status;
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
    return 'awaiting';
  }
}

const JUDGED: readonly SeriesYearStatus[] = ['met', 'met_stated', 'missed'];
export const isJudged = (status: SeriesYearStatus): boolean => JUDGED.includes(status);
export const isMet = (status: SeriesYearStatus): boolean =>
  status === 'met' || status === 'met_stated';

/**
 * The series' one status: the year in progress when it has an in-year report (the newest
 * news); otherwise the latest judged year (met → achieved, missed → missed); otherwise no data.
 */
export function headlineStatus(
  current: SeriesYearEvaluation | null,
  latestResult: SeriesYearEvaluation | null,
): Status {
  if (current?.inYear) return current.inYear.status;
  if (latestResult) return isMet(latestResult.status) ? 'achieved' : 'missed';
  return 'no_data';
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
  return {
    seriesId: series.id,
    asOf,
    years,
    current,
    latestResult,
    record: { met: recent.filter((y) => isMet(y.status)).length, judged: recent.length },
    status: headlineStatus(current, latestResult),
  };
}
