import { useTranslation } from 'react-i18next';
import { ProgressChart } from '../../../components/charts/progress-chart.tsx';
import { ChartBoundary } from '../../../components/ui/chart-boundary.tsx';
import { ChartFigure } from '../../../components/ui/chart-figure.tsx';
import { ShowMore, usePaged } from '../../../components/ui/show-more.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { DeferUntilOpen } from '../../../components/ui/defer-until-open.tsx';
import { CHART_COLORS, STATUS_STYLE } from '../../../components/ui/palette.ts';
import type { Plan } from '../../../domain/dataset/schema.ts';
import { formatDate, formatPercent } from '../../../domain/presentation/format.ts';
import type { SourcedFigure } from '../../../domain/evaluation/plan-figures.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useHref } from '../../../lib/use-view-state.ts';
import { IndicatorCard } from './indicator-card.tsx';
import { UnreportedList } from './unreported-list.tsx';
import { PlanFigures } from './plan-figures.tsx';
import type { ProgressChartRow } from '../../../components/charts/progress-chart-layout.ts';

// Demo mode can put a thousand indicators in one plan: the chart draws the first rows (the table
// holds them all), the cards come a page at a time.
const CHART_ROW_CAP = 20;
const CARDS_PER_PAGE = 12;

/**
 * One plan: the progress chart and a card for each indicator with a report, then the
 * indicators with none as a compact list (no empty bars), then its figures with no target.
 */
export function PlanSection({
  plan,
  rows: allRows,
  figures = [],
}: {
  plan: Plan;
  rows: EvaluatedIndicator[];
  figures?: SourcedFigure[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const rows = allRows.filter((row) => row.evaluation.latest !== null);
  const unreported = allRows.filter((row) => row.evaluation.latest === null);
  const chartRows: ProgressChartRow[] = rows.map(({ indicator, evaluation }) => ({
    id: indicator.id,
    name: indicator.name[lang],
    progressPct: evaluation.progress === null ? null : evaluation.progress * 100,
    expectedPct: evaluation.expectedProgress * 100,
    color: STATUS_STYLE[evaluation.status].color,
  }));
  const charted = chartRows.slice(0, CHART_ROW_CAP);
  const cards = usePaged(rows, CARDS_PER_PAGE);
  const capped = charted.length < chartRows.length;
  const table = (
    <DataTable
      caption={plan.title[lang]}
      rowKey={(row) => row.id}
      rows={chartRows}
      columns={[
        { header: t('overview.indicator'), cell: (row) => row.name },
        {
          header: t('overview.progressLabel'),
          cell: (row) =>
            row.progressPct === null
              ? t('overview.noProgress')
              : formatPercent(row.progressPct / 100, lang),
          numeric: true,
        },
        {
          header: t('overview.expectedMarker'),
          cell: (row) => formatPercent(row.expectedPct / 100, lang),
          numeric: true,
        },
      ]}
    />
  );
  return (
    <section className="plan-section" aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>{plan.title[lang]}</h2>
      <p className="plan-section__meta">
        {plan.issuer[lang]} · {formatDate(plan.period.start, lang)} –{' '}
        {formatDate(plan.period.end, lang)} ·{' '}
        {t('overview.planIndicators', { count: allRows.length })}
      </p>
      {rows.length > 0 && (
        <>
          <ChartFigure
            id={`chart-${plan.id}`}
            title={t('overview.chartHeading')}
            description={t('overview.chartAlt')}
            tableLabel={t('overview.tableLabel')}
            legend={
              <p
                className="chart-legend"
                data-legend-color={CHART_COLORS.expected}
                data-legend-mark="tick"
              >
                <span className="chart-legend__tick" aria-hidden="true" /> {t('legend.expected')}
              </p>
            }
            // A capped chart's table holds every row: drawn only once someone opens it.
            table={capped ? <DeferUntilOpen>{table}</DeferUntilOpen> : table}
          >
            {/* Plain SVG and HTML: whole in the prerendered page, before any script runs. */}
            <ChartBoundary fallback={<p className="chart-failed">{t('state.chartFailed')}</p>}>
              <ProgressChart rows={charted} noDataLabel={t('overview.noData')} />
            </ChartBoundary>
          </ChartFigure>
          {capped && (
            <p className="chart-capped">
              {t('longList.chartCapped', { shown: charted.length, total: chartRows.length })}
            </p>
          )}
          <div className="card-grid">
            {cards.shown.map((row) => (
              <IndicatorCard
                key={row.indicator.id}
                row={row}
                href={href(`/indicator/${row.indicator.id}`)}
              />
            ))}
          </div>
          <ShowMore
            shown={cards.shown.length}
            total={rows.length}
            step={CARDS_PER_PAGE}
            onMore={cards.more}
          />
        </>
      )}
      {unreported.length > 0 && <UnreportedList rows={unreported} />}
      <PlanFigures planId={plan.id} figures={figures} />
    </section>
  );
}
