// The deck's table slides: every indicator of a plan, every verdict of a series group, every
// source, split over as many slides as their wrapped rows need (a 1,000-indicator demo fits).
import type { Source } from '../dataset/schema';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { Status } from '../evaluation/status';
import type { Verdict } from '../evaluation/verdict';
import { formatDate, formatPercent, formatTarget, formatValue } from '../presentation/format';
import type { BriefingRow } from './briefing';
import { paginateRows, rowLines } from './deck-pages';
import type { DeckRow, DeckSlide } from './deck-types';

/** Slide geometry the tables are measured against (inches, 16:9 at 13.33 × 7.5). */
export const DECK_TABLE = {
  width: 12.3,
  /** Half-width units per inch at the tables' 10 pt (a CJK character is two units). */
  unitsPerInch: 12.5,
  /** Wrapped lines a slide's table area holds, header included. */
  linesPerSlide: 22,
  /** Each row's margins, in lines. */
  rowPadding: 0.6,
} as const;

export type TableWords = {
  lang: 'zh' | 'en';
  verdict: (verdict: Verdict) => string;
  part: (heading: string, part: number, parts: number) => string;
};

type Table = {
  heading: string;
  header: string[];
  weights: number[];
  rows: { cells: string[]; status: Status | null }[];
  note?: string | null;
};

const capacities = (weights: readonly number[]) =>
  weights.map((w) => Math.max(4, Math.floor(w * DECK_TABLE.width * DECK_TABLE.unitsPerInch) - 2));

/** A table as one or more slides ("（2/5）" in the heading), rows never split across two. */
export function tableSlides(table: Table, words: Pick<TableWords, 'part'>): DeckSlide[] {
  const caps = capacities(table.weights);
  const cells = table.rows.map((r) => r.cells);
  const { linesPerSlide, rowPadding } = DECK_TABLE;
  // The header row takes its own lines out of the slide's budget.
  const budget = linesPerSlide - rowLines(table.header, caps) - rowPadding;
  const pages = paginateRows(cells, caps, budget, rowPadding);
  return pages.map((page, i) => ({
    kind: 'table' as const,
    heading: pages.length > 1 ? words.part(table.heading, i + 1, pages.length) : table.heading,
    header: table.header,
    headerLines: rowLines(table.header, caps),
    weights: table.weights,
    rows: page.map((r): DeckRow => {
      const row = table.rows[r] as Table['rows'][number];
      return { cells: row.cells, status: row.status, lines: rowLines(row.cells, caps) };
    }),
    note: i === pages.length - 1 ? (table.note ?? null) : null,
  }));
}

export type IndicatorTableWords = TableWords & {
  header: { name: string; target: string; latest: string; progress: string; status: string };
};

/** One row per indicator: target and deadline, latest value and date, progress, verdict. */
export function indicatorTable(
  heading: string,
  rows: readonly EvaluatedIndicator[],
  words: IndicatorTableWords,
): Table {
  const { lang } = words;
  const h = words.header;
  return {
    heading,
    header: [h.name, h.target, h.latest, h.progress, h.status],
    weights: [0.34, 0.17, 0.19, 0.1, 0.2],
    rows: rows.map(({ indicator, evaluation }) => {
      const unit = indicator.unit;
      const latest = evaluation.latest;
      const [verdict] = evaluation.verdicts;
      return {
        status: verdict.status,
        cells: [
          indicator.name[lang],
          `${formatTarget(indicator.target.value, indicator.target.comparator, unit, lang, indicator.measure)} · ${formatDate(indicator.target.deadline, lang)}`,
          latest
            ? `${formatValue(latest.value, unit, lang, indicator.measure)} · ${formatDate(latest.date, lang)}`
            : '—',
          formatPercent(evaluation.progress, lang),
          words.verdict(verdict),
        ],
      };
    }),
  };
}

export type SeriesTableWords = TableWords & {
  header: { name: string; judged: string; result: string; latest: string; status: string };
  unpublished: string;
  running: string;
  stated: (status: Status) => string;
  context: string;
  year: (year: number) => string;
};

/** One row per verdict of each series (its due year, its running year), as the briefing lists them. */
export function seriesTable(
  heading: string,
  rows: readonly BriefingRow[],
  words: SeriesTableWords,
): Table {
  const { lang } = words;
  const h = words.header;
  const dated = (f: { value: number; date: string }, row: BriefingRow) =>
    `${formatValue(f.value, row.unit, lang, row.measure)} · ${formatDate(f.date, lang)}`;
  return {
    heading,
    header: [h.name, h.judged, h.result, h.latest, h.status],
    weights: [0.3, 0.18, 0.17, 0.17, 0.18],
    rows: rows.map((row) => {
      const target = row.target
        ? `${row.target.year !== undefined ? `${words.year(row.target.year)} ` : ''}${formatTarget(row.target.value, row.target.comparator, row.unit, lang, row.measure)}`
        : words.context;
      const result =
        row.result === null
          ? row.verdict?.phase === 'running'
            ? words.running
            : row.verdict
              ? words.unpublished
              : '—'
          : 'stated' in row.result
            ? words.stated(row.result.stated ? 'achieved' : 'missed')
            : dated(row.result, row);
      return {
        status: row.status,
        cells: [
          row.name[lang],
          target,
          result,
          row.latest ? dated(row.latest, row) : '—',
          row.verdict ? words.verdict(row.verdict) : words.context,
        ],
      };
    }),
  };
}

export type SourceTableWords = {
  lang: 'zh' | 'en';
  header: { title: string; publisher: string; kind: string; date: string; link: string };
  kind: (source: Source) => string;
};

/** Every source the data in view cites: title, publisher, kind, date and link. */
export function sourceTable(
  heading: string,
  sources: readonly Source[],
  words: SourceTableWords,
): Table {
  const { lang } = words;
  const h = words.header;
  return {
    heading,
    header: [h.title, h.publisher, h.kind, h.date, h.link],
    weights: [0.34, 0.16, 0.11, 0.12, 0.27],
    rows: sources.map((s) => ({
      status: null,
      cells: [
        s.title[lang],
        s.publisher[lang],
        words.kind(s),
        formatDate(s.date, lang),
        s.url ?? '—',
      ],
    })),
  };
}
