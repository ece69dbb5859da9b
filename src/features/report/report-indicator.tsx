// One indicator in the briefing: name, status, the key figures, a paper-width chart and where
// the numbers come from. It never breaks across pages (see the print stylesheet).
import { lazy } from 'react';
import { LazyChart } from '../../components/charts/lazy-chart';
import { useTranslation } from 'react-i18next';
import { VerdictBadge } from '../../components/ui/status-badge';
import { historySeries } from '../../domain/presentation/chart-series';
import { awaitsFinalFigure } from '../../domain/evaluation/final-figure';
import {
  formatDate,
  formatDifference,
  formatTimestamp,
  formatPercent,
  formatValue,
  COMPARATOR_SIGN,
} from '../../domain/presentation/format';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all';
import type { Citation } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';
import { REPORT_CHART_HEIGHT, REPORT_CHART_WIDTH } from './report-layout';

const HistoryChart = lazy(() => import('../../components/charts/history-chart'));

export function ReportIndicator({
  row,
  planTitle,
  sourceTitle,
  chart = true,
}: {
  row: EvaluatedIndicator;
  planTitle: string;
  sourceTitle: (id: string) => string;
  /** False where the briefing limits its charts (a very large view): figures only. */
  chart?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { indicator, evaluation } = row;
  const fmt = (v: number) => formatValue(v, indicator.unit, lang, indicator.measure);
  const { latest, gapAtDeadline } = evaluation;
  const lastReport = evaluation.observationsAsOf.at(-1);
  const headingId = `report-${indicator.id}`;
  const figures: [label: string, value: string, hint?: string][] = [
    latest
      ? [
          t('report.latest'),
          fmt(latest.value),
          formatDate(latest.date, lang) +
            (awaitsFinalFigure(evaluation) ? ` · ${t('overview.finalPending')}` : ''),
        ]
      : [t('report.latest'), t('report.noProgress')],
    [
      t('report.target'),
      `${COMPARATOR_SIGN[indicator.target.comparator]} ${fmt(indicator.target.value)}`,
      formatDate(indicator.target.deadline, lang),
    ],
    [t('report.progress'), formatPercent(evaluation.progress, lang)],
    [t('report.expected'), formatPercent(evaluation.expectedProgress, lang)],
    [
      t('report.gapAtDeadline'),
      gapAtDeadline === null
        ? '—'
        : gapAtDeadline <= 0
          ? t('report.noShortfall')
          : formatDifference(gapAtDeadline, indicator.unit, lang, indicator.measure),
    ],
  ];
  const cite = (label: string, citation: Citation) => (
    <li key={label}>
      {t('report.cite', { label, source: sourceTitle(citation.source), quote: citation.quote })}
    </li>
  );
  return (
    <section className="report-indicator" aria-labelledby={headingId}>
      <header className="report-indicator__head">
        <h3 id={headingId}>{indicator.name[lang]}</h3>
        <VerdictBadge verdict={evaluation.verdicts[0]} />
      </header>
      <p className="report-indicator__meta">
        {planTitle} · {t(`category.${indicator.category}`)}
        {indicator.attribute && ` · ${t(`attribute.${indicator.attribute}`)}`}
      </p>
      <dl className="report-figures">
        {figures.map(([label, value, hint]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {value}
              {hint && <small>{hint}</small>}
            </dd>
          </div>
        ))}
      </dl>
      {chart && (
        <div className="report-chart" style={{ minHeight: REPORT_CHART_HEIGHT }} aria-hidden="true">
          <LazyChart height={REPORT_CHART_HEIGHT}>
            <HistoryChart
              paperWidth={REPORT_CHART_WIDTH}
              height={REPORT_CHART_HEIGHT}
              series={historySeries(indicator, evaluation)}
              formatValue={fmt}
              formatDate={(ms) => formatTimestamp(ms, lang)}
              labels={{
                reported: t('report.chart.reported'),
                expected: t('report.chart.expected'),
                projected: t('report.chart.projected'),
                target: t('report.chart.target'),
              }}
            />
          </LazyChart>
        </div>
      )}
      <ul className="report-indicator__sources">
        {cite(t('report.targetSource'), indicator.target.citation)}
        {lastReport && cite(t('report.latestSource'), lastReport.citation)}
      </ul>
    </section>
  );
}
