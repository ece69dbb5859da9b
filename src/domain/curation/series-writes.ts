// Checks and writes a series year's target or actual from a curation update: the year (and the
// series' span) added when missing, another source's citation added to the same figure; a
// whole-year actual or a year-to-date report is written by the /import path's own writeFigure.
import type { Series, SeriesYear } from '../dataset/schema.ts';
import type { Json } from '../reporting/apply-report.ts';
import { L } from '../reporting/report-row.ts';
import {
  addCitation,
  existingDiffers,
  inFuture,
  orderKeys,
  planPath,
  quoteBacks,
  samePoint,
  seriesPath,
  signOf,
  writePoint,
  YEAR_KEYS,
  type Entry,
  type Outcome,
  type WriteContext,
} from './write-context.ts';

function findSeries(ctx: WriteContext, id: string): (Json & Series) | null {
  const series = ctx.peek(seriesPath(ctx.dir, id)) as (Json & Series) | undefined;
  if (!series)
    ctx.report(
      'series',
      L(`未知的系列“${id}”`, `unknown series "${id}"`),
      L('改正系列编号', 'fix the series id'),
    );
  return series ?? null;
}

/** The series year, added (and the span widened) when the series lacks it. */
function seriesYear(ctx: WriteContext, id: string, year: number): Json & SeriesYear {
  const path = seriesPath(ctx.dir, id);
  const series = ctx.json(path) as Json & Series;
  let found = series.years.find((y) => y.year === year) as (Json & SeriesYear) | undefined;
  if (!found) {
    found = { year } as Json & SeriesYear;
    series.years.push(found);
    series.years.sort((a, b) => a.year - b.year);
  }
  const { span } = series;
  if (year < span.first || year > span.last) {
    span.first = Math.min(span.first, year);
    span.last = Math.max(span.last, year);
    ctx.change(path, `~ ${id} span ${span.first}–${span.last}`);
  }
  return found;
}

export function writeSeriesTarget(ctx: WriteContext, e: Entry<'series-target'>): Outcome {
  const series = findSeries(ctx, e.series);
  if (!series) return 'refused';
  const needed = series.direction === 'increase' ? 'gte' : 'lte';
  if (e.comparator !== needed) {
    ctx.report(
      'comparator',
      L(
        `系列“${e.series}”的目标须为 ${signOf(needed)}`,
        `series "${e.series}" needs comparator "${needed}"`,
      ),
      L('改正比较方向', 'fix the comparator'),
    );
    return 'refused';
  }
  if (e.plan && !ctx.peek(planPath(ctx.dir, e.plan))) {
    ctx.report(
      'plan',
      L(`未知的规划“${e.plan}”`, `unknown plan "${e.plan}"`),
      L('改正规划编号，或不填', 'fix the plan id, or leave it out'),
    );
    return 'refused';
  }
  const { unit, measure } = series;
  const { value, citation, comparator, year: deadlineYear } = e;
  if (!quoteBacks(ctx, { value, unit, measure, citation, comparator, deadlineYear }))
    return 'refused';
  const had = series.years.find((y) => y.year === e.year);
  if (had?.plan && e.plan && had.plan !== e.plan) {
    ctx.report(
      'plan',
      L(
        `${e.year}年的目标属于规划“${had.plan}”`,
        `${e.year}'s target belongs to plan "${had.plan}"`,
      ),
      L('改正规划编号，或不填', 'fix the plan id, or leave it out'),
    );
    return 'refused';
  }
  const path = seriesPath(ctx.dir, e.series);
  const what = `${e.series} ${e.year} target`;
  if (had?.target)
    return had.target.value === e.value
      ? addCitation(ctx, path, had.target.citations, e.citation, what)
      : existingDiffers(ctx, 'value', what, had.target.value, had.target.citations[0]!.source);
  const year = seriesYear(ctx, e.series, e.year);
  if (e.plan) year.plan = e.plan;
  year.target = { value: e.value, comparator: e.comparator, citations: [e.citation] };
  orderKeys(year, YEAR_KEYS);
  ctx.change(path, `+ ${what}: ${signOf(e.comparator)}${e.value}`);
  return 'written';
}

export function writeSeriesActual(ctx: WriteContext, e: Entry<'series-actual'>): Outcome {
  const series = findSeries(ctx, e.series);
  if (!series) return 'refused';
  if (!e.date.startsWith(`${e.year}-`)) {
    ctx.report(
      'date',
      L(
        `${e.year}年的数字须注明该年内的日期，现为 ${e.date}`,
        `a figure for ${e.year} must be dated in ${e.year}, not ${e.date}`,
      ),
      L('全年数字填该年12月31日', 'date a whole-year figure 31 December of its year'),
    );
    return 'refused';
  }
  const { unit, measure } = series;
  const quoted = quoteBacks(ctx, { value: e.value, unit, measure, citation: e.citation });
  if (inFuture(ctx, e.date) || !quoted) return 'refused';
  const path = seriesPath(ctx.dir, e.series);
  const had = series.years.find((y) => y.year === e.year);
  // As /import does: a figure dated before the year's end is a year-to-date report.
  const part: 'actual' | 'report' = e.date.endsWith('-12-31') ? 'actual' : 'report';
  const what = `${e.series} ${e.year} ${part === 'actual' ? 'actual' : `report ${e.date}`}`;
  if (part === 'actual' && had?.actual)
    return had.actual.value === e.value && had.actual.date === e.date
      ? addCitation(ctx, path, had.actual.citations, e.citation, what)
      : existingDiffers(ctx, 'value', what, had.actual.value, had.actual.citations[0]!.source);
  if (part === 'report') {
    if (!had) {
      ctx.report(
        'date',
        L(
          `系列“${e.series}”在 ${e.year} 年还没有目标：年内进展要先有该年目标`,
          `series "${e.series}" has no entry for ${e.year}: a year-to-date figure needs the year's target first`,
        ),
        L(
          '先录入该年目标；全年数字填该年12月31日',
          "add the year's target first, or date a whole-year figure 31 December",
        ),
      );
      return 'refused';
    }
    const same = had.reports?.find((r) => r.date === e.date);
    if (same) return samePoint(ctx, what, same, e);
  }
  const year = seriesYear(ctx, e.series, e.year);
  writePoint(ctx, { kind: 'series', id: e.series, year: e.year, part }, e);
  orderKeys(year, YEAR_KEYS);
  return 'written';
}
