// The printable briefing: the overview's current selection (same URL filters and as-of date)
// laid out for A4 paper. "打印 / 存为 PDF" uses the browser's own print engine, so Chinese
// stays real, selectable text in the PDF.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { catalogSubset } from '../../domain/exports/data-in-view';
import { formatExportTime, shortDatasetId } from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import { summarizeStatuses } from '../../domain/evaluation/summary';
import { SIMULATED_STAMP } from '../../lib/export/stamp';
import { useExportStamp } from '../../lib/export/stamp-context';
import { useLanguage } from '../../lib/i18n/use-language';
import { useFilteredDashboard } from '../../lib/use-dashboard';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ReportIndicator } from './report-indicator';
import { ReportScope } from './report-scope';
import { ReportSeries } from './report-series';
import { ReportSources } from './report-sources';
import { ReportSummary } from './report-summary';
import './report.css';

export default function ReportPage({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(t('report.heading'));
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
  const titles = new Map(subset?.sources.map((s) => [s.id, s.title[lang]]) ?? []);
  const sourceTitle = (id: string) => titles.get(id) ?? id;
  return (
    <article className="report">
      <header className="report__head">
        <h1>{t('report.heading')}</h1>
        <button
          type="button"
          className="report__print"
          data-export-ignore=""
          onClick={() => window.print()}
        >
          {t('report.print')}
        </button>
        <p className="report__as-of">{t('report.asOf', { date: formatDate(asOf, lang) })}</p>
        {catalog && <ReportScope view={view} plans={catalog.plans} />}
        <p className="report__meta">
          {t('report.generated', { time: formatExportTime(stamp.exportedAt) })} ·{' '}
          {t('export.stamp.sourceLine', { source: t('export.stamp.source') })}
          {catalog && ` · ${t('report.dataset', { hash: shortDatasetId(catalog.datasetHash) })}`}
        </p>
        {stamp.simulated && <p className="report__simulated">{SIMULATED_STAMP}</p>}
      </header>
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={rows !== null} />}
      {isPending && error === null && <Loading />}
      {rows && subset && (
        <>
          <ReportSummary
            counts={summarizeStatuses([
              ...shown.map((r) => r.evaluation),
              ...shownSeries.map((r) => r.evaluation),
            ])}
            total={shown.length + shownSeries.length}
          />
          {shown.length + shownSeries.length === 0 && <p className="empty">{t('report.empty')}</p>}
          <ReportSeries rows={shownSeries} sources={sourcesById} />
          {subset.plans.map((plan) => (
            <section
              key={plan.id}
              className="report-plan"
              aria-labelledby={`report-plan-${plan.id}`}
            >
              <h2 id={`report-plan-${plan.id}`}>{plan.title[lang]}</h2>
              <p className="report-plan__meta">
                {plan.issuer[lang]} · {formatDate(plan.period.start, lang)} –{' '}
                {formatDate(plan.period.end, lang)}
              </p>
              {shown
                .filter((row) => row.plan.id === plan.id)
                .map((row) => (
                  <ReportIndicator key={row.indicator.id} row={row} sourceTitle={sourceTitle} />
                ))}
            </section>
          ))}
          <ReportSources sources={subset.sources} />
        </>
      )}
    </article>
  );
}
