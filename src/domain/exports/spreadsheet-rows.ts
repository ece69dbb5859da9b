// Rows for the CSV and XLSX exports: one row per reported observation, one per indicator in
// the summary. Every text cell is neutralised so a spreadsheet never runs it as a formula.
import { summarizeIndicator, unitText } from '../evaluation/indicator-summary';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { Category } from '../dataset/schema';
import { COMPARATOR_SIGN } from '../presentation/format';
import type { Status } from '../evaluation/status';
import type { SeriesYearStatus } from '../evaluation/series-evaluate';
import type { EvaluatedSeries } from '../evaluation/series-view';

export type Cell = string | number | null;
export type Sheet = { name: string; header: string[]; rows: Cell[][] };

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
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export type SheetLabels = {
  sheets: { about: string; observations: string; summary: string; series: string };
  columns: Record<SheetColumn, string>;
  category: Record<Category, string>;
  status: Record<Status, string>;
  yearStatus: Record<SeriesYearStatus, string>;
};

/** How a cited source is named in a cell: its title and kind ("… · 转载（原载 北京日报）"). */
export type SourceLabel = (id: string) => string;

/** Excel, LibreOffice and Sheets start a formula (or DDE call) with these (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const sheet = (name: string, header: string[], rows: Cell[][]): Sheet => ({
  name,
  header: header.map((h) => String(neutraliseCell(h))),
  rows: rows.map((row) => row.map(neutraliseCell)),
});

/** One row per observation reported by the as-of date, with its source and exact quote. */
export function observationSheet(
  rows: readonly EvaluatedIndicator[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
  sourceTitle: SourceLabel,
): Sheet {
  const c = labels.columns;
  return sheet(
    labels.sheets.observations,
    [c.plan, c.id, c.name, c.category, c.unit, c.date, c.value, c.source, c.quote],
    rows.flatMap(({ indicator, plan, evaluation }) =>
      evaluation.observationsAsOf.map((o) => [
        plan.title[lang],
        indicator.id,
        indicator.name[lang],
        labels.category[indicator.category],
        unitText(indicator.unit, lang, indicator.measure),
        o.date,
        o.value,
        sourceTitle(o.citation.source),
        o.citation.quote,
      ]),
    ),
  );
}

/** One row per indicator: baseline, target, latest value, progress, expected progress, status. */
export function summarySheet(
  rows: readonly EvaluatedIndicator[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
): Sheet {
  const c = labels.columns;
  return sheet(
    labels.sheets.summary,
    [
      c.plan,
      c.id,
      c.name,
      c.category,
      c.unit,
      c.baseline,
      c.comparator,
      c.target,
      c.deadline,
      c.latest,
      c.latestDate,
      c.progress,
      c.expected,
      c.status,
    ],
    rows.map((row) => {
      const s = summarizeIndicator(row);
      return [
        row.plan.title[lang],
        s.id,
        s.name[lang],
        labels.category[row.indicator.category],
        unitText(s.unit, lang, s.measure),
        s.baselineValue,
        COMPARATOR_SIGN[s.comparator],
        s.targetValue,
        s.deadline,
        s.latestValue,
        s.latestDate,
        s.progressPct,
        s.expectedPct,
        labels.status[s.status],
      ];
    }),
  );
}

/** One row per series year known by the as-of date: target, actual or stated result, sources. */
export function seriesSheet(
  rows: readonly EvaluatedSeries[],
  lang: 'zh' | 'en',
  labels: SheetLabels,
  sourceLabel: SourceLabel,
): Sheet {
  const c = labels.columns;
  const cite = (citations: readonly { source: string; quote: string }[] | undefined) => ({
    source: (citations ?? []).map((x) => sourceLabel(x.source)).join('；') || null,
    quote: (citations ?? []).map((x) => x.quote).join('；') || null,
  });
  return sheet(
    labels.sheets.series,
    [
      c.series,
      c.name,
      c.category,
      c.unit,
      c.year,
      c.comparator,
      c.target,
      c.actual,
      c.result,
      c.margin,
      c.targetSource,
      c.targetQuote,
      c.actualSource,
      c.actualQuote,
    ],
    rows.flatMap(({ series, evaluation }) =>
      evaluation.years.map((y) => {
        const target = cite(y.target?.citations);
        const result = cite(y.actual?.citations ?? y.verdict?.citations);
        return [
          series.id,
          series.name[lang],
          labels.category[series.category],
          unitText(series.unit, lang, series.measure),
          y.year,
          y.target ? COMPARATOR_SIGN[y.target.comparator] : null,
          y.target?.value ?? null,
          y.actual?.value ?? null,
          labels.yearStatus[y.status],
          y.margin,
          target.source,
          target.quote,
          result.source,
          result.quote,
        ];
      }),
    ),
  );
}

/** Title, as-of date, source, export time and any demo label, as label/value pairs. */
export function aboutSheet(name: string, pairs: readonly [string, string][]): Sheet {
  return sheet(
    name,
    [],
    pairs.map(([label, value]) => [label, value]),
  );
}

/** A CSV holds one table, so the sheets follow each other: title row, header, rows, blank line. */
export function csvSections(sheets: readonly Sheet[]): Cell[][] {
  return sheets.flatMap((s) => [
    [s.name],
    ...(s.header.length > 0 ? [s.header] : []),
    ...s.rows,
    [],
  ]);
}
