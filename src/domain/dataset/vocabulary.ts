// The dataset's fixed vocabulary and id/date rules, without zod: the first page load needs these
// (URL parsing, filters) but not the schema, which loads with the first API answer instead.
export const UNITS = ['percent', 'count', 'days', 'ug_m3'] as const;
export const CATEGORIES = [
  'innovation',
  'skills',
  'rights',
  'services',
  'organisation',
  'housing',
  'employment',
  'education',
  'childcare',
  'health',
  'environment',
] as const;
/**
 * `internal`: a figure reported inside the union (内部报送), not published: names the reporting
 * unit (publisher), the document and its date, and quotes it; `data:check --public` refuses it.
 * `simulated` is demo mode's generated data only; data:check refuses it in data/.
 */
export const SOURCE_KINDS = [
  'seed',
  'official',
  'media',
  'repost',
  'internal',
  'simulated',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const COMPARATORS = ['gte', 'lte'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export const ATTRIBUTES = ['binding', 'expected'] as const;
/** A figure is either reported (actual) or announced for the future (planned). */
export const FIGURE_KINDS = ['actual', 'planned'] as const;

/** Ids are lower-case kebab-case: worker-innovation-studios. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for a well-formed id (the rule idSchema enforces), e.g. from a URL. */
export const isId = (value: string): boolean => ID_PATTERN.test(value);
