// Every field a dataset version shows, as flat rows (what, id, field path, value), independent of
// the dataset's schema: the archive keeps these beside the figures, so a snapshot's names, units,
// measure words, deadlines, notes, quotes and source details can be checked as well as its numbers.
import * as z from 'zod/mini';

export const CONTENT_ENTITIES = ['plan', 'source', 'indicator', 'figure', 'series'] as const;
export type ContentEntity = (typeof CONTENT_ENTITIES)[number];

export const contentRowSchema = z.strictObject({
  of: z.enum(CONTENT_ENTITIES),
  id: z.string(),
  /** Where the field sits in the entity as served: `name.zh`, `target.citation.quote`, `years[2].year`. */
  field: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]),
});
export type ContentRow = z.infer<typeof contentRowSchema>;
type Leaf = ContentRow['value'];

/** What a snapshot or an archived version holds, as the API served it (any schema version). */
export type ServedContent = {
  catalog: {
    plans?: readonly object[];
    sources?: readonly object[];
    figures?: readonly object[];
    series?: readonly object[];
  };
  indicators: readonly object[];
};

function flatten(value: unknown, field: string, out: (field: string, value: Leaf) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${field}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      flatten(item, field ? `${field}.${key}` : key, out);
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    out(field, value);
}

/** Every leaf of every plan, source, indicator, figure and series, in served order. */
export function contentRows({ catalog, indicators }: ServedContent): ContentRow[] {
  const rows: ContentRow[] = [];
  const entities: [ContentEntity, readonly object[] | undefined][] = [
    ['plan', catalog.plans],
    ['source', catalog.sources],
    ['indicator', indicators],
    ['figure', catalog.figures],
    ['series', catalog.series],
  ];
  for (const [of, list] of entities)
    for (const entity of list ?? []) {
      const { id, ...rest } = entity as { id: string };
      flatten(rest, '', (field, value) => rows.push({ of, id, field, value }));
    }
  return rows;
}

/** Fields the figure comparison already lists with their unit (values, ≥/≤, a stated result). */
const FIGURE_FIELDS = /(^|\.)(value|comparator|met)$/;

export type FieldDifference = {
  of: ContentEntity;
  id: string;
  field: string;
  /** The year or date the field's array entry is for (a series year, an observation's day). */
  at: string | null;
  /** The entity's name (a plan's or source's title) as published, else as the snapshot says. */
  name: { zh: string; en: string } | null;
  /** In the snapshot (null: only the published data has it). */
  snapshot: Leaf | null;
  /** In the published data (null: only the snapshot has it). */
  published: Leaf | null;
};

const entityKey = (row: Pick<ContentRow, 'of' | 'id'>) => `${row.of}:${row.id}`;
const rowKey = (row: ContentRow) => `${entityKey(row)}|${row.field}`;
const ENTRY = /^(.*?\[\d+\])\./;

/**
 * Compares every field of every plan, source, indicator, figure and series the snapshot holds
 * with the published version's (what the snapshot leaves out is not a difference), except the
 * numbers `compareFigures` lists.
 */
export function compareContent(
  snapshot: readonly ContentRow[],
  published: readonly ContentRow[],
): FieldDifference[] {
  const held = new Set(snapshot.map(entityKey));
  const mine = new Map(snapshot.map((row) => [rowKey(row), row]));
  const theirs = new Map(
    published.filter((row) => held.has(entityKey(row))).map((row) => [rowKey(row), row]),
  );
  // A series year or an observation is named by its year or day, as published.
  const at = (row: ContentRow): string | null => {
    const entry = ENTRY.exec(row.field)?.[1];
    if (!entry) return null;
    const find = (leaf: string) => {
      const key = `${entityKey(row)}|${entry}.${leaf}`;
      return (theirs.get(key) ?? mine.get(key))?.value;
    };
    const found = find('year') ?? find('date');
    return found === undefined ? null : String(found);
  };
  const nameOf = (row: ContentRow) => {
    const text = (lang: 'zh' | 'en') =>
      publishedName(published, row.of, row.id, lang) ??
      publishedName(snapshot, row.of, row.id, lang);
    const zh = text('zh');
    const en = text('en');
    return zh !== null && en !== null ? { zh, en } : null;
  };
  const differences: FieldDifference[] = [];
  // An array entry (an observation, a series year) only one side has, holding a figure, is
  // listed once, by the figure comparison, not once more field by field.
  const figureEntries = (rows: Map<string, ContentRow>) => {
    const entries = new Set<string>();
    for (const row of rows.values()) {
      const entry = ENTRY.exec(row.field)?.[1];
      if (entry && FIGURE_FIELDS.test(row.field)) entries.add(`${entityKey(row)}|${entry}`);
    }
    return entries;
  };
  const mineEntries = figureEntries(mine);
  const theirEntries = figureEntries(theirs);
  const listedAsFigure = (row: ContentRow) => {
    const entry = ENTRY.exec(row.field)?.[1];
    if (!entry) return false;
    const key = `${entityKey(row)}|${entry}`;
    return mineEntries.has(key) !== theirEntries.has(key);
  };
  const add = (row: ContentRow, a: ContentRow | undefined, b: ContentRow | undefined) => {
    if (FIGURE_FIELDS.test(row.field) || listedAsFigure(row)) return;
    differences.push({
      of: row.of,
      id: row.id,
      field: row.field,
      at: at(row),
      name: nameOf(row),
      snapshot: a?.value ?? null,
      published: b?.value ?? null,
    });
  };
  for (const [key, row] of mine) {
    const other = theirs.get(key);
    if (!other || other.value !== row.value) add(row, row, other);
  }
  for (const [key, row] of theirs) if (!mine.has(key)) add(row, undefined, row);
  return differences;
}

/** The name (or a source's or plan's title) the published data gives an entity. */
export function publishedName(
  rows: readonly ContentRow[],
  of: ContentEntity,
  id: string,
  lang: 'zh' | 'en',
): string | null {
  const fields = new Set([`name.${lang}`, `title.${lang}`]);
  const row = rows.find((r) => r.of === of && r.id === id && fields.has(r.field));
  return typeof row?.value === 'string' ? row.value : null;
}
