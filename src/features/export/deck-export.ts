// Loaded on demand: the data in view as a PPTX deck. The plan (what each slide says) comes from
// the domain, the words from i18n, the writing from lib/export/pptx-deck (pptxgenjs, its own chunk).
import type { TFunction } from 'i18next';
import { attentionLine } from '../../components/ui/attention-list';
import { CHART_COLORS, STATUS_STYLE } from '../../components/ui/palette';
import { verdictText } from '../../components/ui/verdict-text';
import type { Catalog } from '../../domain/dataset/schema';
import { planDeck, type DeckWords } from '../../domain/exports/deck-plan';
import {
  exportFileName,
  formatExportTime,
  shortDatasetId,
} from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import { downloadBlob } from '../../lib/export/download';
import { pptxBytes } from '../../lib/export/pptx-deck';
import type { ExportStamp } from '../../lib/export/stamp';
import type { Language } from '../../lib/i18n/index';
import { sourceKindText } from '../../lib/source-kind-text';
import type { ViewState } from '../../lib/view-state';
import { collectView, type ExportContext } from './export-context';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Which selection the deck covers, in words (as the briefing's scope line). */
function scopeText(view: ViewState, catalog: Catalog, t: TFunction, lang: Language): string {
  const plan = catalog.plans.find((p) => p.id === view.plan);
  const parts = [
    plan ? plan.title[lang] : t('report.scope.allPlans'),
    view.category ? t(`category.${view.category}`) : t('report.scope.allCategories'),
    view.status ? t(`status.${view.status}`) : t('report.scope.allStatuses'),
    ...(view.q ? [t('report.scope.search', { q: view.q })] : []),
  ];
  return t('report.scope.label', { scope: parts.join(' · ') });
}

/** Every word the deck prints, in the export's language. */
export function deckWords(
  t: TFunction,
  lang: Language,
  stamp: ExportStamp,
  scope: string,
): DeckWords {
  const asOf = t('export.stamp.asOf', { date: formatDate(stamp.asOf, lang) });
  const dataset = stamp.datasetHash ? shortDatasetId(stamp.datasetHash) : '—';
  const verdict = (v: Parameters<typeof verdictText>[0]) => verdictText(v, t, lang);
  const part = (heading: string, p: number, parts: number) =>
    t('export.deck.part', { heading, part: p, parts });
  const series = {
    name: t('report.table.name'),
    status: t('report.table.status'),
  };
  return {
    lang,
    cover: {
      heading: stamp.title,
      lines: [
        scope,
        asOf,
        t('export.deck.datasetLine', { id: dataset }),
        t('export.stamp.sourceLine', { source: t('export.stamp.source') }),
        t('export.stamp.exportedAt', { time: formatExportTime(stamp.exportedAt) }),
        ...(stamp.note ? [stamp.note] : []),
      ],
    },
    footer: `${t('app.title')} · ${asOf} · ${t('export.deck.datasetLine', { id: dataset })}`,
    demo: stamp.simulated ? t('export.deck.demo') : null,
    status: (s) => t(`status.${s}`),
    attentionLine: (item) => attentionLine(item, t, lang),
    summary: {
      heading: t('report.summaryHeading'),
      due: t('summary.due'),
      dueHint: t('summary.dueHint'),
      running: t('summary.running'),
      runningHint: t('summary.runningHint'),
      attention: t('attention.heading'),
      none: t('attention.none'),
      more: (count) => t('export.deck.attentionMore', { count }),
      twice: (count) => t('summary.twice', { count }),
      context: (count) => t('summary.context', { count }),
    },
    chart: {
      progress: t('export.deck.progress'),
      expected: t('export.deck.expected'),
      target: t('export.deck.target'),
      actual: t('export.deck.actual'),
      capped: (shown, total) => t('export.deck.chartCapped', { shown, total }),
      unit: (row) => (row.series.unit === 'percent' ? '%' : (row.series.measure?.[lang] ?? '')),
    },
    planTable: (plan) => t('export.deck.planTable', { plan: plan.title[lang] }),
    seriesGroup: (category) =>
      t('export.deck.seriesGroup', { category: t(`category.${category}`) }),
    sourcesHeading: t('report.sourcesHeading'),
    indicatorTable: {
      lang,
      verdict,
      part,
      header: {
        ...series,
        target: t('report.table.target'),
        latest: t('report.table.latest'),
        progress: t('report.progress'),
      },
    },
    seriesTable: {
      lang,
      verdict,
      part,
      header: {
        ...series,
        judged: t('briefingTable.judged'),
        result: t('briefingTable.result'),
        latest: t('briefingTable.latest'),
      },
      unpublished: t('briefingTable.unpublished'),
      running: t('briefingTable.running'),
      stated: (s) => t('briefingTable.stated', { status: t(`status.${s}`) }),
      context: t('briefingTable.context'),
      year: (year) => t('verdict.year', { year }),
    },
    sourceTable: {
      lang,
      header: {
        title: t('export.columns.source'),
        publisher: t('export.deck.publisher'),
        kind: t('export.columns.sourceKind'),
        date: t('export.columns.date'),
        link: t('export.deck.link'),
      },
      kind: (source) => sourceKindText(source, t, lang),
    },
  };
}

/** The deck's bytes for the view (also what the tests and the bench call). */
export async function deckBytes(ctx: ExportContext): Promise<Uint8Array> {
  const { catalog, rows, seriesRows } = await collectView(ctx);
  const words = deckWords(
    ctx.t,
    ctx.lang,
    ctx.stamp,
    scopeText(ctx.view, catalog, ctx.t, ctx.lang),
  );
  const deck = planDeck(
    { plans: catalog.plans, rows, seriesRows, sources: catalog.sources },
    words,
  );
  return pptxBytes(deck, {
    status: STATUS_STYLE,
    chart: [CHART_COLORS.progress, CHART_COLORS.expected],
    meta: {
      title: ctx.stamp.title,
      author: ctx.t('app.title'),
      lang: ctx.lang === 'zh' ? 'zh-CN' : 'en-GB',
    },
  });
}

export async function exportDeck(ctx: ExportContext): Promise<string> {
  const bytes = await deckBytes(ctx);
  const what = ctx.path === '/' ? 'overview' : ctx.path;
  const fileName = exportFileName(`deck-${what}`, ctx.stamp.asOf, 'pptx', ctx.stamp.simulated);
  downloadBlob(new Blob([bytes.slice().buffer], { type: PPTX_TYPE }), fileName);
  return fileName;
}
