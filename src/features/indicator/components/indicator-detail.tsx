import { useTranslation } from 'react-i18next';
import { HistorySvgChart } from '../../../components/charts/history-svg-chart';
import { ChartBoundary } from '../../../components/ui/chart-boundary';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from '../../../components/ui/data-table';
import { historySeries } from '../../../domain/presentation/chart-series';
import type { Evaluation } from '../../../domain/evaluation/evaluate';
import { formatDate, formatTimestamp, formatValue } from '../../../domain/presentation/format';
import type { Indicator, Observation, Plan, Source } from '../../../domain/dataset/schema';
import { useLanguage } from '../../../lib/i18n/use-language';
import { IndicatorFigures } from './indicator-figures';
import { SourcesList, type CitedValue } from '../../../components/ui/sources-list';

const CHART_HEIGHT = 320;

type Props = { indicator: Indicator; plan: Plan; sources: Source[]; evaluation: Evaluation };

/** Everything below the heading of the detail page. */
export function IndicatorDetail({ indicator, plan, sources, evaluation }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fmt = (v: number) => formatValue(v, indicator.unit, lang, indicator.measure);
  const series = historySeries(indicator, evaluation);
  const observations = evaluation.observationsAsOf;
  const cited: CitedValue[] = [
    {
      label: t('detail.target'),
      value: fmt(indicator.target.value),
      citation: indicator.target.citation,
    },
    ...(indicator.baseline
      ? [
          {
            label: t('detail.baseline'),
            value: fmt(indicator.baseline.value),
            citation: indicator.baseline.citation,
          },
        ]
      : []),
    ...observations.map((o) => ({
      label: formatDate(o.date, lang),
      value: fmt(o.value),
      citation: o.citation,
    })),
    ...(indicator.references ?? []).map((r) => ({
      label: r.label[lang],
      value: formatValue(r.value, r.unit, lang, indicator.measure),
      citation: r.citation,
    })),
    { label: t('detail.plan'), value: plan.title[lang], citation: plan.citation },
  ];
  return (
    <>
      <p className="detail-meta">
        {plan.title[lang]} · {t(`category.${indicator.category}`)}
        {indicator.attribute && ` · ${t(`attribute.${indicator.attribute}`)}`}
      </p>
      {indicator.note && <p className="detail-note">{indicator.note[lang]}</p>}
      <IndicatorFigures indicator={indicator} evaluation={evaluation} fmt={fmt} />
      {observations.length < 2 && (
        <p className="detail-honest" role="note">
          {observations.length === 0
            ? t('detail.noObservations')
            : evaluation.projection.linear === null
              ? t('detail.oneObservation')
              : t('detail.oneObservationFromBaseline')}
        </p>
      )}
      <ChartFigure
        id="history"
        title={t('detail.chartTitle')}
        description={t('detail.chartAlt')}
        interactive
      >
        {/* Drawn in the prerendered HTML: no chart library to wait for, nothing to load. */}
        <ChartBoundary fallback={<p className="chart-failed">{t('state.chartFailed')}</p>}>
          <HistorySvgChart
            series={series}
            height={CHART_HEIGHT}
            formatValue={fmt}
            formatDate={(ms) => formatTimestamp(ms, lang)}
            labels={{
              reported: t('detail.reported'),
              expected: t('detail.expectedPath'),
              projected: t('detail.projection'),
              target: t('detail.targetAtDeadline'),
              explore: t('detail.chartExplore'),
            }}
          />
        </ChartBoundary>
      </ChartFigure>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('detail.dataHeading')}</h2>
        <ObservationTable
          observations={observations}
          fmt={fmt}
          caption={t('detail.tableCaption')}
        />
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('detail.sourcesHeading')}</h2>
        <SourcesList items={cited} sources={sources} />
      </section>
    </>
  );
}

function ObservationTable({
  observations,
  fmt,
  caption,
}: {
  observations: Observation[];
  fmt: (v: number) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (observations.length === 0) return <p className="empty">{t('detail.noObservations')}</p>;
  return (
    <DataTable
      caption={caption}
      rows={observations}
      rowKey={(o) => o.date}
      columns={[
        { header: t('detail.date'), cell: (o) => formatDate(o.date, lang) },
        { header: t('detail.value'), cell: (o) => fmt(o.value), numeric: true },
        { header: t('detail.quote'), cell: (o) => o.citation.quote },
      ]}
    />
  );
}
