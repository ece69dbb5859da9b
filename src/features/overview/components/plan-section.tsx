import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBoundary } from '../../../components/ui/chart-boundary';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { STATUS_STYLE } from '../../../components/ui/palette';
import type { Plan } from '../../../domain/schema';
import { formatDate } from '../../../domain/format';
import type { EvaluatedIndicator } from '../../../lib/use-dashboard';
import { useLanguage } from '../../../lib/i18n/use-language';
import { IndicatorCard } from './indicator-card';
import { progressChartHeight, type ProgressChartRow } from './progress-chart-layout';

const ProgressChart = lazy(() => import('./progress-chart'));

const pctText = (pct: number | null, none: string) => (pct === null ? none : `${Math.round(pct)}%`);

/** One plan: its progress chart, then a card per indicator. */
export function PlanSection({ plan, rows }: { plan: Plan; rows: EvaluatedIndicator[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const chartRows: ProgressChartRow[] = rows.map(({ indicator, evaluation }) => ({
    id: indicator.id,
    name: indicator.name[lang],
    progressPct: evaluation.progress === null ? null : evaluation.progress * 100,
    expectedPct: evaluation.expectedProgress * 100,
    color: STATUS_STYLE[evaluation.status].color,
  }));
  const chartHeight = progressChartHeight(chartRows.length);
  const placeholder = <div className="chart-placeholder" style={{ height: chartHeight }} />;
  return (
    <section className="plan-section" aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>{plan.title[lang]}</h2>
      <p className="plan-section__meta">
        {plan.issuer[lang]} · {formatDate(plan.period.start, lang)} –{' '}
        {formatDate(plan.period.end, lang)} · {t('overview.planIndicators', { count: rows.length })}
      </p>
      <ChartFigure
        id={`chart-${plan.id}`}
        title={t('overview.chartHeading')}
        description={t('overview.chartAlt')}
        tableLabel={t('overview.tableLabel')}
        table={
          <DataTable
            caption={plan.title[lang]}
            rowKey={(row) => row.id}
            rows={chartRows}
            columns={[
              { header: t('overview.indicator'), cell: (row) => row.name },
              {
                header: t('overview.progressLabel'),
                cell: (row) => pctText(row.progressPct, t('overview.noProgress')),
                numeric: true,
              },
              {
                header: t('overview.expectedMarker'),
                cell: (row) => pctText(row.expectedPct, '—'),
                numeric: true,
              },
            ]}
          />
        }
      >
        <ChartBoundary fallback={<p className="chart-failed">{t('state.chartFailed')}</p>}>
          <Suspense fallback={placeholder}>
            <ProgressChart
              rows={chartRows}
              noDataLabel={t('overview.noData')}
              nameWidth={lang === 'zh' ? 170 : 190}
            />
          </Suspense>
        </ChartBoundary>
      </ChartFigure>
      <div className="card-grid">
        {rows.map((row) => (
          <IndicatorCard key={row.indicator.id} row={row} />
        ))}
      </div>
    </section>
  );
}
