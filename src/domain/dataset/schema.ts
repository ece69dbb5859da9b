// The dataset's one schema: data:check validates data/ with it and the api module
// validates every response with it, so the two can never drift apart.
import * as z from 'zod/mini';

import {
  ATTRIBUTES,
  CATEGORIES,
  COMPARATORS,
  DIRECTIONS,
  FIGURE_KINDS,
  ID_PATTERN,
  isCalendarDate,
  SOURCE_KINDS,
  UNITS,
} from './vocabulary.ts';
import { bidiControlIn, isInvisibleText } from '../text/invisible-text.ts';

export {
  ATTRIBUTES,
  CATEGORIES,
  COMPARATORS,
  DIRECTIONS,
  FIGURE_KINDS,
  isCalendarDate,
  SOURCE_KINDS,
  UNITS,
} from './vocabulary.ts';
export const MAX_QUOTE_LENGTH = 200;
export const MAX_NAME_LENGTH = 120;
export const MAX_QUOTE_KEY_LENGTH = 40;
export const MAX_MEASURE_WORD_LENGTH = 10;

const nonEmptyText = (max: number) =>
  z.string().check(
    z.refine((s) => s.trim().length > 0, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
  );

export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'must be lower-case kebab-case (a-z, 0-9, -)'));

export const isoDateSchema = z
  .string()
  .check(z.refine(isCalendarDate, 'must be a real date written YYYY-MM-DD'));

const SPACES = /\p{Z}/gu;
/** A name a reader must see: text made only of zero-width, bidi or control characters is refused. */
const visibleName = () =>
  z.string().check(
    z.refine((s) => s.replace(SPACES, '') !== '', 'must not be empty'),
    z.refine((s) => s.replace(SPACES, '') === '' || !isInvisibleText(s), {
      message:
        'holds only invisible characters (zero-width, bidi controls, tabs or line breaks): write a name a reader can see',
      params: { code: 'invisible-name' },
    }),
    // A visible name with a bidi control in it reads in an order other than it is stored.
    z.superRefine((s, ctx) => {
      const bidi = isInvisibleText(s) ? null : bidiControlIn(s);
      if (bidi)
        ctx.addIssue({
          code: 'custom',
          message: `holds the bidi control ${bidi}, which reorders what a reader sees: delete it`,
          params: { code: 'bidi-control' },
        });
    }),
    z.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
  );

export const localizedSchema = z.strictObject({
  zh: visibleName(),
  en: visibleName(),
});

const finiteNumber = z
  .number('must be a number')
  .check(z.refine(Number.isFinite, 'must be a finite number'));

/** A short exact quote from a source document that states the number it backs. */
export const citationSchema = z.strictObject({
  source: idSchema,
  quote: nonEmptyText(MAX_QUOTE_LENGTH),
  /**
   * The words just before the figure meant, when the quote gives several of one kind
   * ("新开工300个小区,完工200个小区": "完工" ties 200). data:check reads the first figure after it.
   */
  quoteKey: z.optional(nonEmptyText(MAX_QUOTE_KEY_LENGTH)),
});

/** A count's counter word (家 / studios); `synonyms` are other words the quotes use for it (台 for 部). */
export const measureSchema = z.strictObject({
  zh: nonEmptyText(MAX_NAME_LENGTH),
  en: nonEmptyText(MAX_NAME_LENGTH),
  synonyms: z.optional(z.array(nonEmptyText(MAX_MEASURE_WORD_LENGTH))),
});

/** Maintainers' words (how a date was chosen, what was not found): kept in data/, never served. */
const curatorNoteSchema = z.optional(nonEmptyText(1000));

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: localizedSchema,
    publisher: localizedSchema,
    date: isoDateSchema,
    kind: z.enum(SOURCE_KINDS),
    /** For a repost: the news outlet or official publisher the mirror names as its origin. */
    originalOutlet: z.optional(localizedSchema),
    url: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))),
    seedFile: z.optional(z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a seed file name'))),
    note: z.optional(localizedSchema),
    curatorNote: curatorNoteSchema,
  })
  .check(
    z.superRefine((source, ctx) => {
      const issue = (path: string[], message: string) =>
        ctx.issues.push({ code: 'custom', input: source, path, message });
      if (source.kind === 'repost' && !source.originalOutlet)
        issue(
          ['originalOutlet'],
          'a repost must name its original outlet (the news outlet or official publisher the page credits)',
        );
      if (source.kind !== 'repost' && source.originalOutlet)
        issue(['originalOutlet'], 'only a repost names an original outlet');
    }),
  );

export const planSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  issuer: localizedSchema,
  published: isoDateSchema,
  period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }),
  citation: citationSchema,
  /** True for the plans of the dashboard's owner (the union): they lead every view. */
  owner: z.optional(z.literal(true)),
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

export const observationSchema = z.strictObject({
  date: isoDateSchema,
  value: finiteNumber,
  citation: citationSchema,
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

/** A comparable figure shown beside an indicator but never counted as its progress. */
export const referenceSchema = z.strictObject({
  label: localizedSchema,
  date: isoDateSchema,
  value: finiteNumber,
  unit: z.enum(UNITS),
  citation: citationSchema,
});

export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    plan: idSchema,
    name: localizedSchema,
    category: z.enum(CATEGORIES),
    unit: z.enum(UNITS),
    /** Counter word shown after counts: 家 / studios. */
    measure: z.optional(measureSchema),
    direction: z.enum(DIRECTIONS),
    attribute: z.optional(z.enum(ATTRIBUTES)),
    cumulative: z.optional(z.boolean()),
    baseline: z.optional(
      z.strictObject({ value: finiteNumber, date: isoDateSchema, citation: citationSchema }),
    ),
    target: z.strictObject({
      value: finiteNumber,
      comparator: z.enum(COMPARATORS),
      deadline: isoDateSchema,
      citation: citationSchema,
    }),
    observations: z.array(observationSchema),
    references: z.optional(z.array(referenceSchema)),
    note: z.optional(localizedSchema),
    curatorNote: curatorNoteSchema,
  })
  .check(
    z.superRefine((indicator, ctx) => {
      const { target, baseline, unit, direction, observations } = indicator;
      const issue = (path: (string | number)[], message: string) =>
        ctx.issues.push({ code: 'custom', input: indicator, path, message });
      if (unit === 'percent') {
        const outOfRange = (v: number) => v < 0 || v > 100;
        if (outOfRange(target.value)) issue(['target', 'value'], 'a percent must be within 0–100');
        if (baseline && outOfRange(baseline.value))
          issue(['baseline', 'value'], 'a percent must be within 0–100');
        observations.forEach((o, i) => {
          if (outOfRange(o.value))
            issue(['observations', i, 'value'], 'a percent must be within 0–100');
        });
      } else if (target.value < 0) {
        issue(['target', 'value'], 'must not be negative');
      }
      if ((direction === 'increase') !== (target.comparator === 'gte'))
        issue(
          ['target', 'comparator'],
          `${direction === 'increase' ? 'an' : 'a'} ${direction} indicator needs comparator "${direction === 'increase' ? 'gte' : 'lte'}"`,
        );
      if (baseline) {
        if (baseline.value === target.value)
          issue(['target', 'value'], 'must differ from the baseline');
        if (baseline.date >= target.deadline)
          issue(['baseline', 'date'], 'must be before the target deadline');
        const wrongWay =
          direction === 'increase' ? target.value < baseline.value : target.value > baseline.value;
        if (wrongWay)
          issue(
            ['target', 'value'],
            `${direction === 'increase' ? 'an' : 'a'} ${direction} target must lie on that side of the baseline`,
          );
      }
      observations.forEach((o, i) => {
        const previous = observations[i - 1];
        if (previous && previous.date >= o.date)
          issue(
            ['observations', i, 'date'],
            'observations must be in date order with no repeated date',
          );
      });
    }),
  );

/**
 * A reported or planned figure a source gives for a plan that has no trackable target
 * (118万 high-skilled talent, 400 pediatric beds promised): shown as context, never given a status.
 */
export const figureSchema = z
  .strictObject({
    id: idSchema,
    name: localizedSchema,
    category: z.enum(CATEGORIES),
    unit: z.enum(UNITS),
    measure: z.optional(measureSchema),
    kind: z.enum(FIGURE_KINDS),
    /** actual: the day it is "as of"; planned: the day it is due, or announced when no deadline is given. */
    date: isoDateSchema,
    value: finiteNumber,
    citation: citationSchema,
    note: z.optional(localizedSchema),
    curatorNote: curatorNoteSchema,
  })
  .check(
    z.superRefine((figure, ctx) => {
      const bad =
        figure.value < 0
          ? 'must not be negative'
          : figure.unit === 'percent' && figure.value > 100
            ? 'a percent must be within 0–100'
            : null;
      if (bad) ctx.issues.push({ code: 'custom', input: figure, path: ['value'], message: bad });
    }),
  );

const citationsSchema = z
  .array(citationSchema)
  .check(z.minLength(1, 'needs at least one citation'));

export const MIN_SERIES_YEAR = 2000;
export const MAX_SERIES_YEAR = 2100;
const yearSchema = z
  .number('must be a year')
  .check(
    z.int('must be a whole year'),
    z.gte(MIN_SERIES_YEAR, `must be ${MIN_SERIES_YEAR} or later`),
    z.lte(MAX_SERIES_YEAR, `must be ${MAX_SERIES_YEAR} or earlier`),
  );

/** A year's target; one target cited by several sources lists every citation. */
export const seriesTargetSchema = z.strictObject({
  value: finiteNumber,
  comparator: z.enum(COMPARATORS),
  citations: citationsSchema,
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

/** The figure later reported for the whole year. `date`: the day it refers to (the year's end). */
export const seriesActualSchema = z.strictObject({
  value: finiteNumber,
  date: isoDateSchema,
  citations: citationsSchema,
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

/** A result stated in words ("超额完成年度任务"): judged as the source says, never turned into a number. */
export const seriesVerdictSchema = z.strictObject({
  met: z.boolean(),
  citations: citationsSchema,
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

export const seriesYearSchema = z.strictObject({
  year: yearSchema,
  /** The plan in data/plans/ that sets this year's target, when it has one. */
  plan: z.optional(idSchema),
  target: z.optional(seriesTargetSchema),
  actual: z.optional(seriesActualSchema),
  verdict: z.optional(seriesVerdictSchema),
  /** Reports during the year (year-to-date), oldest first. */
  reports: z.optional(z.array(observationSchema)),
  note: z.optional(localizedSchema),
  curatorNote: curatorNoteSchema,
});

/** A target set anew every year (unemployment ≤5%, renovation starts), with each year's result. */
export const seriesSchema = z
  .strictObject({
    id: idSchema,
    name: localizedSchema,
    category: z.enum(CATEGORIES),
    unit: z.enum(UNITS),
    measure: z.optional(measureSchema),
    direction: z.enum(DIRECTIONS),
    /** True when each year's figure counts up from zero during the year (starts, new jobs). */
    cumulative: z.optional(z.boolean()),
    /** The years the series covers; every entry of `years` lies in it. */
    span: z.strictObject({ first: yearSchema, last: yearSchema }),
    years: z.array(seriesYearSchema).check(z.minLength(1, 'needs at least one year')),
    note: z.optional(localizedSchema),
    curatorNote: curatorNoteSchema,
  })
  .check(
    z.superRefine((series, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.issues.push({ code: 'custom', input: series, path, message });
      const { span, direction, unit } = series;
      if (span.last < span.first)
        issue(['span', 'last'], `ends (${span.last}) before it starts (${span.first})`);
      const needed = direction === 'increase' ? 'gte' : 'lte';
      const outOfRange = (v: number) => (unit === 'percent' ? v < 0 || v > 100 : v < 0);
      const rangeMessage =
        unit === 'percent' ? 'a percent must be within 0–100' : 'must not be negative';
      const firstAt = new Map<number, number>();
      series.years.forEach((entry, i) => {
        const at = ['years', i];
        const earlier = firstAt.get(entry.year);
        if (earlier !== undefined) {
          const a = series.years[earlier]?.target;
          const b = entry.target;
          issue(
            [...at, 'year'],
            a && b && a.value !== b.value
              ? `two different targets for ${entry.year} (${a.value} at years[${earlier}], ${b.value} here): one year has one target; cite both sources on it if they agree`
              : `${entry.year} appears twice (also years[${earlier}]): one entry per year`,
          );
        } else firstAt.set(entry.year, i);
        const previous = series.years[i - 1];
        if (previous && previous.year > entry.year)
          issue([...at, 'year'], 'years must be in order, oldest first');
        if (entry.year < span.first || entry.year > span.last)
          issue(
            [...at, 'year'],
            `${entry.year} is outside the series' span ${span.first}–${span.last}`,
          );
        if (!entry.target && !entry.actual && !entry.verdict)
          issue(at, 'needs a target, an actual or a stated verdict');
        if (entry.target) {
          if (entry.target.comparator !== needed)
            issue(
              [...at, 'target', 'comparator'],
              `${direction === 'increase' ? 'an' : 'a'} ${direction} series needs comparator "${needed}"`,
            );
          if (outOfRange(entry.target.value)) issue([...at, 'target', 'value'], rangeMessage);
        }
        if (entry.actual) {
          if (outOfRange(entry.actual.value)) issue([...at, 'actual', 'value'], rangeMessage);
          if (!entry.actual.date.startsWith(`${entry.year}-`))
            issue(
              [...at, 'actual', 'date'],
              `an actual for ${entry.year} must be dated in ${entry.year} (its last day for the whole year), not ${entry.actual.date}`,
            );
        }
        (entry.reports ?? []).forEach((report, j) => {
          const where = [...at, 'reports', j];
          if (!report.date.startsWith(`${entry.year}-`))
            issue([...where, 'date'], `a report for ${entry.year} must be dated in ${entry.year}`);
          if (outOfRange(report.value)) issue([...where, 'value'], rangeMessage);
          const before = entry.reports?.[j - 1];
          if (before && before.date >= report.date)
            issue([...where, 'date'], 'reports must be in date order with no repeated date');
        });
        if (entry.verdict && entry.actual && entry.target) {
          const met =
            entry.target.comparator === 'gte'
              ? entry.actual.value >= entry.target.value
              : entry.actual.value <= entry.target.value;
          if (met !== entry.verdict.met)
            issue(
              [...at, 'verdict', 'met'],
              `the stated verdict (${entry.verdict.met ? 'met' : 'missed'}) contradicts the actual ${entry.actual.value} against the target ${entry.target.value}`,
            );
        }
      });
    }),
  );

export const plansFileSchema = z.strictObject({
  plan: planSchema,
  indicators: z.array(indicatorSchema),
  figures: z.optional(z.array(figureSchema)),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });

/** A figure as the API serves it: flattened across plans, so it names its plan. */
export const catalogFigureSchema = z.extend(figureSchema, { plan: idSchema });

/** What GET /api/plans.json returns. */
export const catalogSchema = z.strictObject({
  plans: z.array(planSchema),
  sources: z.array(sourceSchema),
  // Defaults to [] so a response or snapshot saved before figures existed still reads.
  figures: z._default(z.array(catalogFigureSchema), []),
  // Defaults to [] likewise: snapshots from before series existed still read.
  series: z._default(z.array(seriesSchema), []),
  datasetHash: z.string(),
  generatedAt: z.string(),
});

/** What GET /api/indicators.json returns. */
export const indicatorListSchema = z.array(indicatorSchema);

export type Unit = (typeof UNITS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Localized = z.infer<typeof localizedSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Figure = z.infer<typeof figureSchema>;
export type CatalogFigure = z.infer<typeof catalogFigureSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type PlansFile = z.infer<typeof plansFileSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SeriesYear = z.infer<typeof seriesYearSchema>;
export type SeriesTarget = z.infer<typeof seriesTargetSchema>;
export type SeriesActual = z.infer<typeof seriesActualSchema>;
export type SeriesVerdict = z.infer<typeof seriesVerdictSchema>;
