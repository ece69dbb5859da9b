// The curation update file: what /curate downloads and `npm run data:import` (or
// `data:extract --write`) writes into data/. Unlike the reporting template's CSV, which carries
// actuals only, it carries every kind of entry a document can give: a new indicator of a plan,
// a series year's target or actual, an observation of an indicator, a reference figure (a
// comparable level shown beside an indicator, never its progress), and the new sources they cite.
// Every entry cites its source with the exact quote; data:check's rules decide whether it lands.
import * as z from 'zod/mini';
import {
  citationSchema,
  COMPARATORS,
  idSchema,
  indicatorSchema,
  isoDateSchema,
  localizedSchema,
  sourceSchema,
  UNITS,
} from '../dataset/schema.ts';

export const CURATION_FORMAT = 'pt-curation-v1';

const year = z.number().check(z.int());
const value = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/** A reported figure of an existing indicator (goes into its `observations`). */
const indicatorObservation = z.strictObject({
  kind: z.literal('indicator-observation'),
  plan: idSchema,
  indicator: idSchema,
  date: isoDateSchema,
  value,
  citation: citationSchema,
});

/** A comparable level beside an existing indicator, never counted as its progress. */
const indicatorReference = z.strictObject({
  kind: z.literal('indicator-reference'),
  plan: idSchema,
  indicator: idSchema,
  label: localizedSchema,
  date: isoDateSchema,
  value,
  unit: z.enum(UNITS),
  citation: citationSchema,
});

/** A series year's target; the year is added when the series lacks it. */
const seriesTarget = z.strictObject({
  kind: z.literal('series-target'),
  series: idSchema,
  year,
  /** The plan that sets this year's target, when data/plans/ has it. */
  plan: z.optional(idSchema),
  value,
  comparator: z.enum(COMPARATORS),
  citation: citationSchema,
});

/** The figure reported for a series year's whole year (`date`: the day it refers to). */
const seriesActual = z.strictObject({
  kind: z.literal('series-actual'),
  series: idSchema,
  year,
  date: isoDateSchema,
  value,
  citation: citationSchema,
});

/** A new indicator of an existing plan, whole: its target's citation, no observations needed. */
const newIndicator = z.strictObject({
  kind: z.literal('new-indicator'),
  indicator: indicatorSchema,
});

export const curationEntrySchema = z.discriminatedUnion('kind', [
  indicatorObservation,
  indicatorReference,
  seriesTarget,
  seriesActual,
  newIndicator,
]);

export const curationUpdateSchema = z.strictObject({
  format: z.literal(CURATION_FORMAT),
  /** The published dataset's hash the entries were checked against. */
  baseDataset: z.string(),
  /** ISO timestamp of when the file was made. */
  madeAt: z.string(),
  /** Sources the entries cite that data/sources.json does not hold yet. */
  sources: z.array(sourceSchema),
  entries: z.array(curationEntrySchema).check(z.minLength(1, 'needs at least one entry')),
});

export type CurationEntry = z.infer<typeof curationEntrySchema>;
export type CurationEntryKind = CurationEntry['kind'];
export type CurationUpdate = z.infer<typeof curationUpdateSchema>;

/** The update file's name for the day it is made (the CSV update file's, as .json). */
export const curationFileName = (madeAt: string): string =>
  `plan-tracker-data-update-${madeAt.slice(0, 10)}.json`;
