import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LazyChart } from '../../components/charts/lazy-chart';
import { ChartFigure } from '../../components/ui/chart-figure';
import { DataTable } from '../../components/ui/data-table';
import { EmptyState, ErrorAlert, Loading } from '../../components/ui/query-states';
import { seriesCompareId } from '../../domain/presentation/compare-ids';
import { formatDate, formatPercent, formatTimestamp } from '../../domain/presentation/format';
import { useDashboard } from '../../lib/use-dashboard';
import { useLanguage } from '../../lib/i18n/use-language';
import { useViewState } from '../../lib/use-view-state';
import { ComparePicker } from './compare-picker';
import { compareLines } from './compare-lines';
import { SeriesCompareTable } from './series-compare-table';

const CompareChart = lazy(() => import('../../components/charts/compare-chart'));
const CHART_HEIGHT = 360;

/** Several indicators and annual-target series, any units, on one chart as % of their targets. */
export default function ComparePage({ today }: { today: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('compare.heading'));
  const lang = useLanguage();
  const [view, setView] = useViewState();
  const asOf = view.asOf ?? today;
  const { rows, seriesRows, isPending, error, retry } = useDashboard(asOf);
  const { lines, series } = useMemo(
    () => compareLines(view.ids, rows ?? [], seriesRows ?? [], asOf, lang, t),
    [rows, seriesRows, view.ids, lang, asOf, t],
  );
  const groups = useMemo(
    () => [
      {
        label: t('compare.indicatorGroup'),
        options: (rows ?? []).map(({ indicator }) => ({
          id: indicator.id,
          name: indicator.name[lang],
          searchable: [indicator.name.zh, indicator.name.en, indicator.id],
        })),
      },
      {
        label: t('compare.seriesGroup'),
        options: (seriesRows ?? []).map(({ series: one }) => ({
          id: seriesCompareId(one.id),
          name: one.name[lang],
          searchable: [one.name.zh, one.name.en, one.id],
        })),
      },
    ],
    [rows, seriesRows, lang, t],
  );
  const tableRows = lines.flatMap((line) =>
    (line.annual ? [] : line.points).map((point) => ({
      ...point,
      name: line.name,
      key: `${line.id}-${point.t}`,
    })),
  );
  const withData = lines.filter((line) => line.points.length > 0);
  return (
    <>
      <div className="page-head">
        <h1>{t('compare.heading')}</h1>
        <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
      </div>
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={rows !== null} />}
      {isPending && error === null && <Loading />}
      {rows && (
        <div className="compare-layout">
          <ComparePicker groups={groups} selected={view.ids} onChange={(ids) => setView({ ids })} />
          <div className="compare-main">
            {lines.length === 0 && <EmptyState message={t('compare.none')} />}
            {lines.length > 0 && withData.length < lines.length && (
              <p className="detail-honest" role="note">
                {t('compare.noDataFor')}
                {lines
                  .filter((l) => l.points.length === 0)
                  .map((l, i) => (
                    // <bdi> keeps a right-to-left mark in one name from reordering the next.
                    <span key={l.id}>
                      {i > 0 && '、'}
                      <bdi>{l.name}</bdi>
                    </span>
                  ))}
              </p>
            )}
            {withData.length > 0 && (
              <ChartFigure
                id="compare"
                title={t('compare.chartTitle')}
                description={t('compare.chartAlt')}
              >
                <LazyChart height={CHART_HEIGHT}>
                  <CompareChart
                    lines={withData}
                    height={CHART_HEIGHT}
                    formatDate={(ms) => formatTimestamp(ms, lang)}
                  />
                </LazyChart>
              </ChartFigure>
            )}
            {series.some((one) => one.points.length > 0) && (
              <p className="detail-note">{t('compare.seriesNote')}</p>
            )}
            {tableRows.length > 0 && (
              <DataTable
                caption={t('compare.tableCaption')}
                rows={tableRows}
                rowKey={(row) => row.key}
                columns={[
                  { header: t('overview.indicator'), cell: (row) => row.name },
                  { header: t('detail.date'), cell: (row) => formatDate(row.date, lang) },
                  {
                    header: t('compare.pctOfTarget'),
                    cell: (row) => formatPercent(row.pct / 100, lang),
                    numeric: true,
                  },
                ]}
              />
            )}
            {series.some((one) => one.points.length > 0) && <SeriesCompareTable series={series} />}
          </div>
        </div>
      )}
    </>
  );
}
