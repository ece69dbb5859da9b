// The Word briefing's words: the printed briefing's parts (需关注, the summary table, a table per
// series and per plan, the sources) as text in the page's language, for wordBriefing to order.
import { resultFigure, resultWord } from '../../components/ui/briefing-result-text';
import { attentionLine } from '../../components/ui/attention-list';
import { verdictText, verdictWhen } from '../../components/ui/verdict-text';
import type { Catalog, Source } from '../../domain/dataset/schema';
import {
  attentionItems,
  ownedFirst,
  ownedPlanIds,
  seriesOwned,
} from '../../domain/evaluation/attention';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view';
import { DUE_STATUSES, RUNNING_STATUSES } from '../../domain/evaluation/status';
import { summarizeVerdicts } from '../../domain/evaluation/summary';
import {
  indicatorRow,
  planBriefing,
  seriesRows,
  type BriefingRow,
} from '../../domain/exports/briefing';
import { formatExportTime, shortDatasetId } from '../../domain/exports/export-names';
import type { DocEntry, DocTable, WordBriefingParts } from '../../domain/exports/word-briefing';
import {
  formatDate,
  formatDifference,
  formatPercent,
  formatTarget,
  formatValue,
  NO_VALUE,
} from '../../domain/presentation/format';
import { byTrust } from '../../domain/presentation/source-order';
import { SIMULATED_STAMP } from '../../lib/export/stamp';
import { shownPublisher, sourceKindText } from '../../lib/source-kind-text';
import type { ExportContext } from './export-context';

type View = { catalog: Catalog; rows: EvaluatedIndicator[]; seriesRows: EvaluatedSeries[] };

/** "4.1%（2026年1月26日）" / "4.1% (26 Jan 2026)". */
const dated = (text: string, date: string, ctx: ExportContext) =>
  ctx.lang === 'zh'
    ? `${text}（${formatDate(date, ctx.lang)}）`
    : `${text} (${formatDate(date, ctx.lang)})`;

function summaryTable(
  rows: readonly BriefingRow[],
  kind: (id: string | null) => string,
  ctx: ExportContext,
): DocTable {
  const { t, lang } = ctx;
  const value = (row: BriefingRow, v: number) => formatValue(v, row.unit, lang, row.measure);
  const result = (row: BriefingRow) => {
    const figure = resultFigure(row);
    if (!figure) return resultWord(row, t);
    return dated(value(row, figure.value), figure.date, ctx);
  };
  const trend = (row: BriefingRow) => {
    if (!row.trend) return NO_VALUE;
    if (row.trend.kind === 'record')
      return t('series.record', { ...row.trend, count: row.trend.judged });
    const { change } = row.trend;
    return `${change > 0 ? '↑' : change < 0 ? '↓' : '→'} ${formatDifference(Math.abs(change), row.unit, lang, row.measure)}`;
  };
  return {
    header: [
      t('report.table.name'),
      t('briefingTable.judged'),
      t('briefingTable.result'),
      t('report.table.status'),
      t('briefingTable.latest'),
      t('report.table.trend'),
      t('report.table.sourceKind'),
    ],
    widths: [22, 16, 13, 17, 13, 10, 9],
    rows: rows.map((row) => [
      row.name[lang],
      row.target && row.verdict
        ? `${formatTarget(row.target.value, row.target.comparator, row.unit, lang, row.measure)} · ${verdictWhen(row.verdict, t, lang)}`
        : row.verdict
          ? verdictWhen(row.verdict, t, lang)
          : t('briefingTable.context'),
      result(row),
      row.verdict ? verdictText(row.verdict, t, lang) : NO_VALUE,
      row.latest ? dated(value(row, row.latest.value), row.latest.date, ctx) : NO_VALUE,
      trend(row),
      kind(row.sourceId),
    ]),
  };
}

function seriesEntry(
  { series, evaluation }: EvaluatedSeries,
  sources: ReadonlyMap<string, Source>,
  ctx: ExportContext,
): DocEntry {
  const { t, lang } = ctx;
  const fmt = (v: number) => formatValue(v, series.unit, lang, series.measure);
  const publisher = (id: string | undefined) => {
    const source = id ? sources.get(id) : undefined;
    return source ? (shownPublisher(source, lang) ?? sourceKindText(source, t, lang)) : NO_VALUE;
  };
  return {
    heading: series.name[lang],
    lines: [
      [
        ...evaluation.verdicts.map((v) => verdictText(v, t, lang)),
        ...(evaluation.record.judged > 0
          ? [t('series.record', { ...evaluation.record, count: evaluation.record.judged })]
          : []),
      ].join(' · ') || t('series.noResult'),
    ],
    table: {
      header: [
        t('export.columns.year'),
        t('export.columns.target'),
        t('export.columns.actual'),
        t('export.columns.result'),
        t('export.columns.margin'),
        t('export.columns.source'),
      ],
      widths: [10, 18, 22, 18, 14, 18],
      rows: evaluation.years.map((y) => [
        String(y.year),
        y.target
          ? formatTarget(y.target.value, y.target.comparator, series.unit, lang, series.measure)
          : NO_VALUE,
        y.actual ? dated(fmt(y.actual.value), y.actual.date, ctx) : NO_VALUE,
        t(`series.yearStatus.${y.status}`),
        y.margin === null
          ? NO_VALUE
          : `${y.margin >= 0 ? '+' : '−'}${formatDifference(Math.abs(y.margin), series.unit, lang, series.measure)}`,
        publisher((y.actual ?? y.verdict ?? y.target)?.citations[0]?.source),
      ]),
    },
  };
}

function planEntries(
  rows: readonly EvaluatedIndicator[],
  catalog: Catalog,
  kind: (id: string | null) => string,
  ctx: ExportContext,
): DocEntry[] {
  const { t, lang } = ctx;
  return ownedFirst(catalog.plans).flatMap((plan) => {
    const own = rows.filter((r) => r.plan.id === plan.id);
    if (own.length === 0) return [];
    return [
      {
        heading: plan.title[lang],
        lines: [t('report.indicatorCount', { count: own.length })],
        table: {
          header: [
            t('report.table.name'),
            t('report.table.target'),
            t('report.table.latest'),
            t('export.columns.progress'),
            t('export.columns.expected'),
            t('report.table.status'),
            t('report.table.sourceKind'),
          ],
          widths: [22, 16, 16, 9, 9, 18, 10],
          rows: own.map(({ indicator, evaluation }) => {
            const fmt = (v: number) => formatValue(v, indicator.unit, lang, indicator.measure);
            const last = evaluation.observationsAsOf.at(-1);
            return [
              indicator.name[lang],
              `${formatTarget(indicator.target.value, indicator.target.comparator, indicator.unit, lang, indicator.measure)} · ${formatDate(indicator.target.deadline, lang)}`,
              evaluation.latest
                ? dated(fmt(evaluation.latest.value), evaluation.latest.date, ctx)
                : t('report.noProgress'),
              formatPercent(evaluation.progress, lang),
              formatPercent(evaluation.expectedProgress, lang),
              verdictText(evaluation.verdicts[0], t, lang),
              kind(last?.citation.source ?? indicator.target.citation.source),
            ];
          }),
        },
      },
    ];
  });
}

/** Everything the Word briefing says about the view, in the page's language. */
export function briefingParts(
  view: View,
  fullPlans: Catalog['plans'],
  ctx: ExportContext,
): WordBriefingParts {
  const { t, lang, stamp } = ctx;
  const { catalog, rows, seriesRows: series } = view;
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const kind = (id: string | null) => {
    const source = id ? sources.get(id) : undefined;
    return source ? sourceKindText(source, t, lang) : NO_VALUE;
  };
  const owned = ownedPlanIds(fullPlans);
  const entries = [
    ...series.map((row) => ({
      entry: row,
      rows: seriesRows(row, seriesOwned(row.series, owned)),
    })),
    ...rows.map((row) => ({ entry: row, rows: [indicatorRow(row, owned.has(row.plan.id))] })),
  ];
  const plan = planBriefing<EvaluatedIndicator | EvaluatedSeries>(entries);
  const summary = summarizeVerdicts([...rows, ...series].map((r) => r.evaluation));
  const counts = (phase: 'due' | 'running') => {
    const statuses = phase === 'due' ? DUE_STATUSES : RUNNING_STATUSES;
    const group: Record<string, number> = summary[phase];
    const text = statuses
      .map((s) => `${group[s]} ${t(`status.${s}`)}`)
      .join(lang === 'zh' ? '，' : ', ');
    return t('export.docxParts.summaryCount', { phase: t(`summary.${phase}`), counts: text });
  };
  const scopePlan = catalog.plans.find((p) => p.id === ctx.view.plan);
  const scope = [
    scopePlan ? scopePlan.title[lang] : t('report.scope.allPlans'),
    ctx.view.category ? t(`category.${ctx.view.category}`) : t('report.scope.allCategories'),
    ctx.view.status ? t(`status.${ctx.view.status}`) : t('report.scope.allStatuses'),
    ...(ctx.view.q ? [t('report.scope.search', { q: ctx.view.q })] : []),
  ].join(' · ');
  const datasetLine =
    t('export.stamp.sourceLine', { source: t('export.stamp.source') }) +
    (catalog.datasetHash
      ? ` · ${t('report.dataset', { hash: shortDatasetId(catalog.datasetHash) })}`
      : '');
  return {
    title: t('report.heading'),
    meta: [
      t('report.asOf', { date: formatDate(stamp.asOf, lang) }),
      t('report.scope.label', { scope }),
      `${t('report.generated', { time: formatExportTime(stamp.exportedAt) })} · ${datasetLine}`,
      ...(stamp.note ? [stamp.note] : []),
    ],
    warning: stamp.simulated ? SIMULATED_STAMP : null,
    attention: {
      heading: t('attention.heading'),
      lines: attentionItems(rows, series, owned).map((item) => attentionLine(item, t, lang)),
      empty: t('attention.none'),
    },
    summary: {
      heading: `${t('report.summaryHeading')}（${t('report.indicatorCount', { count: rows.length + series.length })}）`,
      counts: [counts('due'), counts('running')],
      notes: [
        ...(summary.countedTwice > 0 ? [t('summary.twice', { count: summary.countedTwice })] : []),
        ...(summary.context > 0 ? [t('summary.context', { count: summary.context })] : []),
        ...(plan.summary.length < plan.total
          ? [t('report.summaryCap', { shown: plan.summary.length, total: plan.total })]
          : []),
      ],
      table: summaryTable(plan.summary, kind, ctx),
      caption: t('report.table.caption'),
    },
    series: {
      heading: t('export.docxParts.series'),
      entries: series.map((row) => seriesEntry(row, sources, ctx)),
    },
    plans: { heading: t('export.docxParts.plans'), entries: planEntries(rows, catalog, kind, ctx) },
    sources: {
      heading: t('report.sourcesHeading'),
      items: byTrust(catalog.sources, (s) => s.kind).map((s) =>
        [
          s.title[lang],
          shownPublisher(s, lang) ?? sourceKindText(s, t, lang),
          formatDate(s.date, lang),
          s.url,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    },
    footer: t('export.docxParts.footer'),
    language: lang,
  };
}
