// The printable briefing: the overview's current selection (same URL filters and as-of date)
// laid out for A4 paper. Page 1 is the summary (counts and one table of everything in view);
// then the exceptions, then what is on track or achieved, each with its chart and figures; the
// entries with no report as one compact list. "打印 / 存为 PDF" uses the browser's own print
// engine, so Chinese stays real, selectable text; `brief=one` is the one-page hand-out.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import {
  BRIEFING_LIMITS,
  indicatorRow,
  planBriefing,
  seriesRows,
  type BriefingRow,
} from '../../domain/exports/briefing';
import { catalogSubset } from '../../domain/exports/data-in-view';
import { formatExportTime, shortDatasetId } from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import { summarizeVerdicts } from '../../domain/evaluation/summary';
import { attentionItems, ownedPlanIds, seriesOwned } from '../../domain/evaluation/attention';
import { AttentionList } from '../../components/ui/attention-list';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view';
import { SIMULATED_STAMP } from '../../lib/export/stamp';
import { useExportStamp } from '../../lib/export/stamp-context';
import { useLanguage } from '../../lib/i18n/use-language';
import { useFilteredDashboard } from '../../lib/use-dashboard';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ReportIndicator } from './report-indicator';
import { ReportNoData } from './report-no-data';
import { ReportOnePage } from './report-one-page';
import { ReportPrintStyle } from './report-print-style';
import { ReportScope } from './report-scope';
import { ReportSeriesEntry } from './report-series';
import { ReportSources } from './report-sources';
import { ReportSummary } from './report-summary';
import { ReportTable } from './report-table';
import './report.css';

type Entry =
  { kind: 'indicator'; row: EvaluatedIndicator } | { kind: 'series'; row: EvaluatedSeries };

export default function ReportPage({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(t('report.heading'));
  const search = useSearch();
  const onePage = new URLSearchParams(search).get('brief') === 'one';
  const { view, asOf, catalog, rows, shown, shownSeries, isPending, error, retry } =
    useFilteredDashboard(today);
  const makeStamp = useExportStamp();
  // Fixed when the page opens: the briefing says when it was produced, not when it re-rendered.
  const [stamp] = useState(() => makeStamp(t('report.heading')));
  const subset = useMemo(
    () =>
      catalog
        ? catalogSubset(
            catalog,
            shown.map((r) => r.indicator),
            shownSeries.map((r) => r.series),
          )
        : null,
    [catalog, shown, shownSeries],
  );
  const sourcesById = useMemo(
    () => new Map((subset?.sources ?? []).map((s) => [s.id, s])),
    [subset],
  );
  const owned = useMemo(() => ownedPlanIds(catalog?.plans ?? []), [catalog]);
  const entries = useMemo(
    () => [
      ...shownSeries.map((row) => ({
        entry: { kind: 'series' as const, row },
        rows: seriesRows(row, seriesOwned(row.series, owned)),
      })),
      ...shown.map((row) => ({
        entry: { kind: 'indicator' as const, row },
        rows: [indicatorRow(row, owned.has(row.plan.id))],
      })),
    ],
    [shown, shownSeries, owned],
  );
  const briefing = useMemo(() => planBriefing<Entry>(entries), [entries]);
  const allRows: BriefingRow[] = useMemo(() => entries.flatMap((e) => e.rows), [entries]);
  const attention = useMemo(
    () => attentionItems(shown, shownSeries, owned),
    [shown, shownSeries, owned],
  );
  const sourceTitle = (id: string) => sourcesById.get(id)?.title[lang] ?? id;
  const summary = summarizeVerdicts([
    ...shown.map((r) => r.evaluation),
    ...shownSeries.map((r) => r.evaluation),
  ]);
  const asOfText = t('report.asOf', { date: formatDate(asOf, lang) });
  const sourceLine =
    t('export.stamp.sourceLine', { source: t('export.stamp.source') }) +
    (catalog ? ` · ${t('report.dataset', { hash: shortDatasetId(catalog.datasetHash) })}` : '');
  const variantHref = (() => {
    const params = new URLSearchParams(search);
    if (onePage) params.delete('brief');
    else params.set('brief', 'one');
    const query = params.toString().replace(/^demo=(&|$)/, 'demo$1');
    return `/report${query ? `?${query}` : ''}`;
  })();
  const entry = ({ entry: e, chart }: { entry: Entry; chart: boolean }) =>
    e.kind === 'series' ? (
      <ReportSeriesEntry key={`s-${e.row.series.id}`} row={e.row} sources={sourcesById} />
    ) : (
      <ReportIndicator
        key={`i-${e.row.indicator.id}`}
        row={e.row}
        planTitle={e.row.plan.title[lang]}
        sourceTitle={sourceTitle}
        chart={chart}
      />
    );
  const rowsOf = new Map(entries.map((e) => [e.entry.row, e.rows]));
  const noDataRows = briefing.noData.flatMap((e) => rowsOf.get(e.row) ?? []);
  return (
    <article className={`report${onePage ? ' report--one-page' : ''}`}>
      <ReportPrintStyle
        head={`${t('report.heading')} · ${asOfText}${stamp.simulated ? ` · ${SIMULATED_STAMP}` : ''}`}
        source={sourceLine}
      />
      <header className="report__head">
        <h1>{onePage ? t('report.onePageHeading') : t('report.heading')}</h1>
        <div className="report__actions" data-export-ignore="">
          <Link href={variantHref}>{onePage ? t('report.fullVariant') : t('report.onePage')}</Link>
          <button type="button" className="report__print" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        <p className="report__as-of">{asOfText}</p>
        {catalog && <ReportScope view={view} plans={catalog.plans} />}
        <p className="report__meta">
          {t('report.generated', { time: formatExportTime(stamp.exportedAt) })} · {sourceLine}
        </p>
        {stamp.simulated && <p className="report__simulated">{SIMULATED_STAMP}</p>}
      </header>
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={rows !== null} />}
      {isPending && error === null && <Loading />}
      {rows && subset && onePage && (
        <ReportOnePage
          summary={summary}
          attention={attention}
          rows={allRows}
          sources={sourcesById}
        />
      )}
      {rows && subset && !onePage && (
        <>
          <section className="report-part report-front" aria-labelledby="report-summary-heading">
            <AttentionList items={attention} className="report-attention" />
            <ReportSummary summary={summary} total={shown.length + shownSeries.length} />
            {briefing.summary.length < briefing.total && (
              <p className="report__cap">
                {t('report.summaryCap', { shown: briefing.summary.length, total: briefing.total })}
              </p>
            )}
            {briefing.chartsCapped && (
              <p className="report__cap">
                {briefing.total > BRIEFING_LIMITS.chartsForAllUpTo
                  ? t('report.chartsCap', {
                      count: BRIEFING_LIMITS.chartsForAllUpTo,
                      charts: BRIEFING_LIMITS.charts,
                    })
                  : t('report.chartsCapFew', { charts: BRIEFING_LIMITS.charts })}
              </p>
            )}
            {briefing.total === 0 ? (
              <p className="empty">{t('report.empty')}</p>
            ) : (
              <ReportTable
                rows={briefing.summary}
                sources={sourcesById}
                caption={t('report.table.caption')}
              />
            )}
          </section>
          {briefing.exceptions.length > 0 && (
            <section className="report-part" aria-labelledby="report-exceptions-heading">
              <h2 id="report-exceptions-heading">
                {t('report.parts.exceptions')}{' '}
                <small>{t('report.itemCount', { count: briefing.exceptions.length })}</small>
              </h2>
              {briefing.exceptions.map(entry)}
            </section>
          )}
          {briefing.good.length > 0 && (
            <section className="report-part" aria-labelledby="report-good-heading">
              <h2 id="report-good-heading">
                {t('report.parts.good')}{' '}
                <small>{t('report.itemCount', { count: briefing.good.length })}</small>
              </h2>
              {briefing.good.map(entry)}
            </section>
          )}
          <ReportNoData rows={noDataRows} />
          <ReportSources sources={subset.sources} />
        </>
      )}
    </article>
  );
}
