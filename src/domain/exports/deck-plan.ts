// The deck's plan: which slides, in what order, what each says. Cover, summary (the two status
// groups and 需关注), then per group (the owner's plans, the annual-target series by area, the
// other plans) native charts where there are figures and tables where numbers matter, then the
// sources. Pure: the writer lays it out, the tests read it.
import type { Category, Plan, Source } from '../dataset/schema';
import {
  attentionItems,
  ownedPlanIds,
  type AttentionItem,
  seriesOwned,
} from '../evaluation/attention';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { EvaluatedSeries } from '../evaluation/series-view';
import { DUE_STATUSES, RUNNING_STATUSES, type Status } from '../evaluation/status';
import { summarizeVerdicts } from '../evaluation/summary';
import { inReadingOrder, seriesRows } from './briefing';
import { hasProgress, hasYearFigures, planChart, seriesChart } from './deck-charts';
import { chunk } from './deck-pages';
import {
  indicatorTable,
  seriesTable,
  sourceTable,
  tableSlides,
  type IndicatorTableWords,
  type SeriesTableWords,
  type SourceTableWords,
} from './deck-tables';
import type { Deck, DeckLine, DeckSlide } from './deck-types';

/** What one slide holds; chosen so 16:9 slides stay readable when projected. */
export const DECK_LIMITS = {
  barsPerChart: 10,
  /** A big plan gets at most this many chart slides (worst first); its table lists them all. */
  chartSlidesPerPlan: 3,
  seriesChartsPerSlide: 4,
  seriesChartSlidesPerGroup: 4,
  attentionOnSummary: 6,
  attentionPerSlide: 11,
  /** 需关注 lines in all; the rest are in the tables (the note says how many). */
  attentionLines: 50,
} as const;

export type DeckWords = {
  lang: 'zh' | 'en';
  cover: { heading: string; lines: string[] };
  footer: string;
  demo: string | null;
  status: (status: Status) => string;
  attentionLine: (item: AttentionItem) => string;
  summary: {
    heading: string;
    due: string;
    dueHint: string;
    running: string;
    runningHint: string;
    attention: string;
    none: string;
    more: (count: number) => string;
    twice: (count: number) => string;
    context: (count: number) => string;
  };
  chart: {
    progress: string;
    expected: string;
    target: string;
    actual: string;
    capped: (shown: number, total: number) => string;
    unit: (row: EvaluatedSeries) => string;
  };
  planTable: (plan: Plan) => string;
  seriesGroup: (category: Category) => string;
  sourcesHeading: string;
  indicatorTable: IndicatorTableWords;
  seriesTable: SeriesTableWords;
  sourceTable: SourceTableWords;
};

export type DeckInput = {
  plans: readonly Plan[];
  rows: readonly EvaluatedIndicator[];
  seriesRows: readonly EvaluatedSeries[];
  sources: readonly Source[];
};

const line = (item: AttentionItem, words: DeckWords): DeckLine => ({
  text: words.attentionLine(item),
  status: item.verdict.status,
});

function summarySlides(input: DeckInput, words: DeckWords): DeckSlide[] {
  const { rows, seriesRows, plans } = input;
  const w = words.summary;
  const summary = summarizeVerdicts([
    ...rows.map((r) => r.evaluation),
    ...seriesRows.map((r) => r.evaluation),
  ]);
  const counts = <S extends Status>(keys: readonly S[], record: Record<S, number>) =>
    keys.map((status) => ({ status, label: words.status(status), count: record[status] }));
  const items = attentionItems(rows, seriesRows, ownedPlanIds(plans));
  const shown = items.slice(0, DECK_LIMITS.attentionLines);
  const first = shown.slice(0, DECK_LIMITS.attentionOnSummary);
  const rest = chunk(shown.slice(first.length), DECK_LIMITS.attentionPerSlide);
  const left = items.length - shown.length;
  const moreFor = (isLast: boolean) => (isLast && left > 0 ? w.more(left) : null);
  return [
    {
      kind: 'summary',
      heading: w.heading,
      groups: [
        { heading: w.due, hint: w.dueHint, counts: counts(DUE_STATUSES, summary.due) },
        {
          heading: w.running,
          hint: w.runningHint,
          counts: counts(RUNNING_STATUSES, summary.running),
        },
      ],
      notes: [
        ...(summary.countedTwice > 0 ? [w.twice(summary.countedTwice)] : []),
        ...(summary.context > 0 ? [w.context(summary.context)] : []),
      ],
      attentionHeading: w.attention,
      attention: items.length === 0 ? [] : first.map((i) => line(i, words)),
      more: items.length === 0 ? w.none : moreFor(rest.length === 0),
    },
    ...rest.map((page, i) => ({
      kind: 'lines' as const,
      heading: words.indicatorTable.part(w.attention, i + 2, rest.length + 1),
      lines: page.map((item) => line(item, words)),
      more: moreFor(i === rest.length - 1),
    })),
  ];
}

function planSlides(plan: Plan, all: readonly EvaluatedIndicator[], words: DeckWords): DeckSlide[] {
  const rows = inReadingOrder(
    all
      .filter((r) => r.plan.id === plan.id)
      .map((r) => ({ ...r, status: r.evaluation.status, owned: plan.owner === true })),
  );
  if (rows.length === 0) return [];
  const title = plan.title[words.lang];
  const drawn = rows.filter(hasProgress);
  const pages = chunk(drawn, DECK_LIMITS.barsPerChart);
  const kept = pages.slice(0, DECK_LIMITS.chartSlidesPerPlan);
  const shown = kept.reduce((n, p) => n + p.length, 0);
  const charts = kept.map((page, i) => ({
    kind: 'charts' as const,
    heading: kept.length > 1 ? words.indicatorTable.part(title, i + 1, kept.length) : title,
    charts: [planChart(title, page, words.lang, words.chart)],
    note:
      i === kept.length - 1 && shown < rows.length ? words.chart.capped(shown, rows.length) : null,
  }));
  const table = indicatorTable(words.planTable(plan), rows, words.indicatorTable);
  return [...charts, ...tableSlides(table, words.indicatorTable)];
}

function seriesGroupSlides(
  category: Category,
  rows: readonly EvaluatedSeries[],
  owned: ReadonlySet<string>,
  words: DeckWords,
): DeckSlide[] {
  const heading = words.seriesGroup(category);
  const drawn = rows.filter(hasYearFigures);
  const pages = chunk(drawn, DECK_LIMITS.seriesChartsPerSlide).slice(
    0,
    DECK_LIMITS.seriesChartSlidesPerGroup,
  );
  const charts = pages.map((page, i) => ({
    kind: 'charts' as const,
    heading: pages.length > 1 ? words.indicatorTable.part(heading, i + 1, pages.length) : heading,
    charts: page.map((row) =>
      seriesChart(row, words.lang, {
        target: words.chart.target,
        actual: words.chart.actual,
        year: words.seriesTable.year,
        unit: words.chart.unit(row),
      }),
    ),
    note: null,
  }));
  const briefing = inReadingOrder(
    rows.flatMap((row) => seriesRows(row, seriesOwned(row.series, owned))),
  );
  return [
    ...charts,
    ...tableSlides(seriesTable(heading, briefing, words.seriesTable), words.seriesTable),
  ];
}

/** Every slide of the deck for the data in view (see the file's head for the order). */
export function planDeck(input: DeckInput, words: DeckWords): Deck {
  const owned = ownedPlanIds(input.plans);
  const categories = [...new Set(input.seriesRows.map((r) => r.series.category))];
  const sources = input.sources.length
    ? tableSlides(sourceTable(words.sourcesHeading, input.sources, words.sourceTable), {
        part: words.indicatorTable.part,
      })
    : [];
  const slides: DeckSlide[] = [
    { kind: 'cover', ...words.cover },
    ...summarySlides(input, words),
    ...input.plans.filter((p) => p.owner === true).flatMap((p) => planSlides(p, input.rows, words)),
    ...categories.flatMap((c) =>
      seriesGroupSlides(
        c,
        input.seriesRows.filter((r) => r.series.category === c),
        owned,
        words,
      ),
    ),
    ...input.plans.filter((p) => p.owner !== true).flatMap((p) => planSlides(p, input.rows, words)),
    ...sources,
  ];
  return { slides, footer: words.footer, demo: words.demo };
}
