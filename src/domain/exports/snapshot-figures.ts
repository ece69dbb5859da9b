// Every number of a dataset as flat rows (what, year, kind, value, date), independent of the
// dataset's schema: the archive of published datasets stores these, so a snapshot made today
// can still be checked figure by figure after the schema changes.
import * as z from 'zod/mini';
import type { Catalog, Indicator } from '../dataset/schema';
import { contentRowSchema } from './published-content.ts';

export const FIGURE_ROW_KINDS = [
  'baseline',
  'target',
  'actual',
  'reference',
  'planned',
  'report',
  'verdict',
] as const;

export const figureRowSchema = z.strictObject({
  /** What the number belongs to: an indicator, an annual-target series or a plan's figure. */
  of: z.enum(['indicator', 'series', 'figure']),
  id: z.string(),
  /** A series' year; null elsewhere. */
  year: z.nullable(z.number()),
  kind: z.enum(FIGURE_ROW_KINDS),
  /** A verdict stated in words is 1 (met) or 0 (missed). */
  value: z.number(),
  /** The day the number is as of, or a target's deadline; null for a series year's target. */
  date: z.nullable(z.string()),
  /** A target's ≥ / ≤. */
  comparator: z.optional(z.enum(['gte', 'lte'])),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

export const DATASET_ARCHIVE_FORMAT = 'plan-tracker-dataset-figures';

/** One archived dataset version: `/api/datasets/<hash>.json`. */
export const datasetVersionSchema = z.strictObject({
  format: z.literal(DATASET_ARCHIVE_FORMAT),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The day the version was added to the archive. */
  archivedAt: z.string(),
  figures: z.array(figureRowSchema),
  /**
   * Every field the version shows (names, units, quotes, sources…). Absent for a version that
   * could not be rebuilt from its commit: such a version checks values only.
   */
  content: z.optional(z.array(contentRowSchema)),
});
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;

/** `/api/datasets/index.json`: every dataset version the site has published. */
export const datasetIndexSchema = z.strictObject({
  format: z.literal(DATASET_ARCHIVE_FORMAT),
  versions: z.array(z.strictObject({ hash: z.string(), archivedAt: z.string() })),
});
export type DatasetIndex = z.infer<typeof datasetIndexSchema>;

type Content = {
  catalog: Pick<Catalog, 'figures' | 'series'>;
  indicators: readonly Indicator[];
};

/** The flat rows of a dataset (or of the part of it a snapshot holds), in data order. */
export function figureRows({ catalog, indicators }: Content): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const i of indicators) {
    const row = (kind: FigureRow['kind'], value: number, date: string) =>
      rows.push({ of: 'indicator', id: i.id, year: null, kind, value, date });
    if (i.baseline) row('baseline', i.baseline.value, i.baseline.date);
    rows.push({
      of: 'indicator',
      id: i.id,
      year: null,
      kind: 'target',
      value: i.target.value,
      date: i.target.deadline,
      comparator: i.target.comparator,
    });
    for (const o of i.observations) row('actual', o.value, o.date);
    for (const r of i.references ?? []) row('reference', r.value, r.date);
  }
  for (const f of catalog.figures)
    rows.push({
      of: 'figure',
      id: f.id,
      year: null,
      kind: f.kind === 'planned' ? 'planned' : 'actual',
      value: f.value,
      date: f.date,
    });
  for (const s of catalog.series)
    for (const y of s.years) {
      const base = { of: 'series', id: s.id, year: y.year } as const;
      if (y.target)
        rows.push({
          ...base,
          kind: 'target',
          value: y.target.value,
          date: null,
          comparator: y.target.comparator,
        });
      if (y.actual)
        rows.push({ ...base, kind: 'actual', value: y.actual.value, date: y.actual.date });
      if (y.verdict)
        rows.push({ ...base, kind: 'verdict', value: y.verdict.met ? 1 : 0, date: null });
      for (const r of y.reports ?? [])
        rows.push({ ...base, kind: 'report', value: r.value, date: r.date });
    }
  return rows;
}

export type FigureDifference = {
  of: FigureRow['of'];
  id: string;
  year: number | null;
  kind: FigureRow['kind'];
  date: string | null;
  /** In the snapshot (null: the published data has it, the snapshot does not). */
  snapshot: { value: number; comparator?: 'gte' | 'lte' } | null;
  /** In the published data (null: only the snapshot has it). */
  published: { value: number; comparator?: 'gte' | 'lte' } | null;
};

const entityOf = (row: Pick<FigureRow, 'of' | 'id'>) => `${row.of}:${row.id}`;

/** Rows keyed by what they are; two rows of one key (two references of one day) are numbered. */
function keyed(rows: readonly FigureRow[]): Map<string, FigureRow> {
  const out = new Map<string, FigureRow>();
  for (const row of rows) {
    const base = `${entityOf(row)}|${row.year ?? ''}|${row.kind}|${row.date ?? ''}`;
    let n = 0;
    while (out.has(`${base}|${n}`)) n++;
    out.set(`${base}|${n}`, row);
  }
  return out;
}

const pick = (row: FigureRow | undefined) =>
  row ? { value: row.value, ...(row.comparator ? { comparator: row.comparator } : {}) } : null;

/**
 * Compares a snapshot's rows with a published version's, for every indicator, series and
 * figure the snapshot holds (a snapshot holds the data in view, so what it leaves out is not a
 * difference): a changed value or ≥/≤, a number only one side has.
 */
export function compareFigures(
  snapshot: readonly FigureRow[],
  published: readonly FigureRow[],
): FigureDifference[] {
  const held = new Set(snapshot.map(entityOf));
  const mine = keyed(snapshot);
  const theirs = keyed(published.filter((row) => held.has(entityOf(row))));
  const differences: FigureDifference[] = [];
  const add = (row: FigureRow, a: FigureRow | undefined, b: FigureRow | undefined) =>
    differences.push({
      of: row.of,
      id: row.id,
      year: row.year,
      kind: row.kind,
      date: row.date,
      snapshot: pick(a),
      published: pick(b),
    });
  for (const [key, row] of mine) {
    const other = theirs.get(key);
    if (!other || other.value !== row.value || other.comparator !== row.comparator)
      add(row, row, other);
  }
  for (const [key, row] of theirs) if (!mine.has(key)) add(row, undefined, row);
  return differences;
}
