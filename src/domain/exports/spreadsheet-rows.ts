// Rows for the CSV and XLSX exports: one row per reported observation, one per indicator in
// the summary. Every text cell is neutralised so a spreadsheet never runs it as a formula.
import { summarizeIndicator, unitText } from '../evaluation/indicator-summary';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { Category, Unit } from '../dataset/schema';
import { COMPARATOR_SIGN, displayedValue } from '../presentation/format';
import { byTrust } from '../presentation/source-order';
import type { SourceKind } from '../dataset/vocabulary';
import type { Status } from '../evaluation/status';
import type { SeriesYearStatus } from '../evaluation/series-evaluate';
import type { EvaluatedSeries } from '../evaluation/series-view';
import { looksLikeFormula } from '../text/formula-text';

export type Cell = string | number | null;
/** How a column is written: XLSX turns `date` cells (ISO text here) into real dates and fills
 * `status` cells with the status colour; CSV writes every cell as text. */
export type ColumnType = 'text' | 'number' | 'date' | 'status' | 'url';
/** The status a row's `status` cell states, for its fill colour. */
export type RowTone =
  { kind: 'status'; status: Status } | { kind: 'year'; status: SeriesYearStatus };
export type Sheet = {
  name: string;
  /** A short ASCII name for the table's CSV file inside the zip ("summary"). */
  file: string;
  header: string[];
  types: ColumnType[];
  rows: Cell[][];
  tones: (RowTone | null)[];
};

/** Every column the exports write, in one list for the labels and the tests. */
export const SHEET_COLUMNS = [
  'plan',
  'id',
  'name',
  'category',
  'unit',
  'date',
  'value',
  'source',
  'quote',
  'baseline',
  'comparator',
  'target',
  'deadline',
  'latest',
  'latestDate',
  'progress',
  'expected',
  'status',
  'sourceKind',
  'series',
  'year',
  'actual',
  'result',
  'margin',
  'targetSource',
  'targetQuote',
  'actualSource',
  'actualQuote',
  'url',
  'targetSourceKind',
  'targetUrl',
  'latestSource',
  'latestSourceKind',
  'latestUrl',
  'latestQuote',
  'actualSourceKind',
  'actualUrl',
  'actualDate',
  'verdict',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export type SheetLabels = {
  sheets: { about: string; observations: string; summary: string; series: string };
  columns: Record<SheetColumn, string>;
  category: Record<Category, string>;
  status: Record<Status, string>;
  yearStatus: Record<SeriesYearStatus, string>;
};

/** What the cells say about a cited source: its title, its kind in words, its link; `sourceKind`
 * orders a figure's citations best kind first. */
export type SourceInfo = (id: string) => {
  title: string;
  kind: string;
  url: string | null;
  sourceKind?: SourceKind;
};

/**
 * For CSV: a text cell that could start a formula (the shared rule: = + - @ or their full-width
 * forms after spaces and zero-width characters), or that starts with a tab or CR as in OWASP's
 * CSV-injection list, gets OWASP's leading apostrophe and is otherwise kept as it was, so it
 * still reads the same; numbers stay numbers. (XLSX needs no prefix: its text cells are string
 * cells, never formulas.)
 */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === 'string' && (/^[\t\r]/.test(cell) || looksLikeFormula(cell))
    ? `'${cell}`
    : cell;
}

/** A figure's cell as the views print it: a count whole (a simulated 7042.94 is 7043). */
const figure = (value: number | null | undefined, unit: Unit): number | null =>
  value === null || value === undefined ? null : displayedValue(value, unit);

type Column = { label: string; type: ColumnType };
const col = (label: string, type: ColumnType = 'text'): Column => ({ label, type });

const sheet = (
  name: string,
  file: string,
  columns: Column[],
  rows: Cell[][],
  tones: (RowTone | null)[] = rows.map(() => null),
): Sheet => ({
  name,
  file,
  header: columns.map((c) => c.label),
  types: columns.map((c) => c.type),
  rows,
  tones,
});

const decimalsOf = (value: number) => {
  const text = String(value);
  // 1e-7 prints in exponent form: keep every digit toFixed can give.
  return /e/i.test(text) ? 20 : (text.split('.')[1] ?? '').length;
};

/** A difference to as many decimals as the figures it came from (5 − 4.1 is 0.9, not 0.90…04). */
function roundLike(value: number, figures: readonly (number | undefined)[]): number {
  const decimals = Math.max(0, ...figures.map((f) => (f === undefined ? 0 : decimalsOf(f))));
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/** Title, kind, link and quote of the citations behind one figure, best kind first (joined with "；"). */
function citeCells(
  citations: readonly { source: string; quote: string }[] | undefined,
  info: SourceInfo,
): [Cell, Cell, Cell, Cell] {
  const list = byTrust(citations ?? [], (c) => info(c.source).sourceKind);
  if (list.length === 0) return [null, null, null, null];
  const sources = list.map((c) => info(c.source));
  const join = (parts: (string | null)[]) => parts.filter(Boolean).join('；') || null;
  return [
    join(sources.map((s) => s.title)),
    join(sources.map((s) => s.kind)),
    join(sources.map((s) => s.url)),
    join(list.map((c) => c.quote)),
  ];
}

/** One row per observation reported by the as-of date, with its source, kind, link and quote. */
export function observationSheet(
  rows: readonly EvaluatedIndicator[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
  info: SourceInfo,
): Sheet {
  const c = labels.columns;
  return sheet(
    labels.sheets.observations,
    'observations',
    [
      col(c.plan),
      col(c.id),
      col(c.name),
      col(c.category),
      col(c.unit),
      col(c.date, 'date'),
      col(c.value, 'number'),
      col(c.source),
      col(c.sourceKind),
      col(c.url, 'url'),
      col(c.quote),
    ],
    rows.flatMap(({ indicator, plan, evaluation }) =>
      evaluation.observationsAsOf.map((o) => [
        plan.title[lang],
        indicator.id,
        indicator.name[lang],
        labels.category[indicator.category],
        unitText(indicator.unit, lang, indicator.measure),
        o.date,
        figure(o.value, indicator.unit),
        ...citeCells([o.citation], info),
      ]),
    ),
  );
}

/** One row per indicator: target (with its quote), latest figure (with its), progress, status. */
export function summarySheet(
  rows: readonly EvaluatedIndicator[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
  info: SourceInfo,
): Sheet {
  const c = labels.columns;
  return sheet(
    labels.sheets.summary,
    'summary',
    [
      col(c.plan),
      col(c.id),
      col(c.name),
      col(c.category),
      col(c.unit),
      col(c.baseline, 'number'),
      col(c.comparator),
      col(c.target, 'number'),
      col(c.deadline, 'date'),
      col(c.latest, 'number'),
      col(c.latestDate, 'date'),
      col(c.progress, 'number'),
      col(c.expected, 'number'),
      col(c.status, 'status'),
      col(c.targetSource),
      col(c.targetSourceKind),
      col(c.targetUrl, 'url'),
      col(c.targetQuote),
      col(c.latestSource),
      col(c.latestSourceKind),
      col(c.latestUrl, 'url'),
      col(c.latestQuote),
    ],
    rows.map((row) => {
      const s = summarizeIndicator(row);
      const last = row.evaluation.observationsAsOf.at(-1);
      return [
        row.plan.title[lang],
        s.id,
        s.name[lang],
        labels.category[row.indicator.category],
        unitText(s.unit, lang, s.measure),
        figure(s.baselineValue, s.unit),
        COMPARATOR_SIGN[s.comparator],
        figure(s.targetValue, s.unit),
        s.deadline,
        figure(s.latestValue, s.unit),
        s.latestDate,
        s.progressPct,
        s.expectedPct,
        labels.status[s.status],
        ...citeCells([row.indicator.target.citation], info),
        ...citeCells(last ? [last.citation] : [], info),
      ];
    }),
    rows.map((row) => ({ kind: 'status', status: row.evaluation.status })),
  );
}

/**
 * One row per series year known by the as-of date: target, actual and its date, the result the
 * source states, the result, sources.
 */
export function seriesSheet(
  rows: readonly EvaluatedSeries[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
  info: SourceInfo,
): Sheet {
  const c = labels.columns;
  const years = rows.flatMap(({ series, evaluation }) =>
    evaluation.years.map((y) => ({ series, y })),
  );
  return sheet(
    labels.sheets.series,
    'series',
    [
      col(c.series),
      col(c.name),
      col(c.category),
      col(c.unit),
      col(c.year, 'number'),
      col(c.comparator),
      col(c.target, 'number'),
      col(c.actual, 'number'),
      col(c.actualDate, 'date'),
      col(c.verdict),
      col(c.result, 'status'),
      col(c.margin, 'number'),
      col(c.targetSource),
      col(c.targetSourceKind),
      col(c.targetUrl, 'url'),
      col(c.targetQuote),
      col(c.actualSource),
      col(c.actualSourceKind),
      col(c.actualUrl, 'url'),
      col(c.actualQuote),
    ],
    years.map(({ series, y }) => [
      series.id,
      series.name[lang],
      labels.category[series.category],
      unitText(series.unit, lang, series.measure),
      y.year,
      y.target ? COMPARATOR_SIGN[y.target.comparator] : null,
      figure(y.target?.value, series.unit),
      figure(y.actual?.value, series.unit),
      y.actual?.date ?? null,
      // What the source states in words, in the words of the result it amounts to.
      y.verdict ? labels.yearStatus[y.verdict.met ? 'met_stated' : 'missed'] : null,
      labels.yearStatus[y.status],
      y.margin === null
        ? null
        : figure(roundLike(y.margin, [y.target?.value, y.actual?.value]), series.unit),
      ...citeCells(y.target?.citations, info),
      ...citeCells(y.actual?.citations ?? y.verdict?.citations, info),
    ]),
    years.map(({ y }) => ({ kind: 'year', status: y.status })),
  );
}

/** Title, as-of date, source, export time and any notes, as label/value pairs. */
export function aboutSheet(name: string, pairs: readonly [string, string][]): Sheet {
  return sheet(
    name,
    'readme',
    [col(''), col('')],
    pairs.map(([label, value]) => [label, value]),
  );
}

/** One table as CSV rows: its header, then its rows, every text cell neutralised. */
export function csvTable(table: Sheet): Cell[][] {
  const rows = table.file === 'readme' ? table.rows : [table.header, ...table.rows];
  return rows.map((row) => row.map(neutraliseCell));
}
