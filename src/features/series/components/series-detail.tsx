import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../../components/charts/lazy-chart';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { seriesYearStyle } from '../../../components/ui/palette';
import { ProgressBar } from '../../../components/ui/progress-bar';
import {
  formatDate,
  formatPercent,
  formatTarget,
  formatValue,
} from '../../../domain/presentation/format';
import type { Citation, Series, Source } from '../../../domain/dataset/schema';
import { citationsByTrust } from '../../../domain/presentation/source-order';
import type { SeriesEvaluation } from '../../../domain/evaluation/series-evaluate';
import { useLanguage } from '../../../lib/i18n/use-language';
import { SourcesList, type CitedValue } from '../../../components/ui/sources-list';
import { CurrentYearTarget } from '../../../components/ui/current-year-target';
import { SeriesYearsTable } from '../../../components/ui/series-years-table';

const SeriesChart = lazy(() => import('../../../components/charts/series-chart'));
const CHART_HEIGHT = 300;

type Props = { series: Series; evaluation: SeriesEvaluation; sources: Source[] };

/** Everything below the series page's heading: this year, the chart, the table, the sources. */
export function SeriesDetail({ series, evaluation, sources }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fmt = (v: number) => formatValue(v, series.unit, lang, series.measure);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const { current } = evaluation;
  const points = evaluation.years.map((y) => ({
    year: y.year,
    actual: y.actual?.value ?? null,
    target: y.target?.value ?? null,
    color: seriesYearStyle(y.status, y.inYear?.status ?? null).color,
    ...(y.verdict && !y.actual ? { statedMark: y.verdict.met ? '✔' : '✖' } : {}),
  }));
  // A figure cited by several sources lists them best kind first.
  const ordered = (citations: readonly Citation[] | undefined) =>
    citationsByTrust(citations ?? [], byId);
  const cited: CitedValue[] = evaluation.years.flatMap((y) => [
    ...ordered(y.target?.citations).map((citation) => ({
      label: `${y.year} ${t('series.target')}`,
      value: formatTarget(y.target!.value, y.target!.comparator, series.unit, lang, series.measure),
      citation,
    })),
    ...ordered(y.actual?.citations).map((citation) => ({
      label: `${y.year} ${t('series.actual')}`,
      value: fmt(y.actual!.value),
      citation,
    })),
    ...ordered(y.verdict?.citations).map((citation) => ({
      label: `${y.year} ${t('series.stated')}`,
      value: t(`series.yearStatus.${y.status}`),
      citation,
    })),
    ...(y.inYear?.observationsAsOf ?? []).map((o) => ({
      label: formatDate(o.date, lang),
      value: fmt(o.value),
      citation: o.citation,
    })),
  ]);
  const notes = series.years.filter(
    (y) => y.note && evaluation.years.some((e) => e.year === y.year),
  );
  return (
    <>
      <p className="detail-meta">
        {t(`category.${series.category}`)} ·{' '}
        {t('series.span', { first: series.span.first, last: series.span.last })}
      </p>
      {series.note && <p className="detail-note">{series.note[lang]}</p>}
      {current?.target && (
        <section className="series-current" aria-labelledby="series-current-heading">
          <h2 id="series-current-heading">{t('series.inYearHeading', { year: current.year })}</h2>
          <p>
            <CurrentYearTarget series={series} year={{ ...current, target: current.target }} />
          </p>
          {current.inYear && (
            <ProgressBar
              valuePct={current.inYear.progress === null ? null : current.inYear.progress * 100}
              expectedPct={current.inYear.expectedProgress * 100}
              label={t('series.inYearHeading', { year: current.year })}
              valueText={t('series.expectedNow', {
                expected: formatPercent(current.inYear.expectedProgress, lang),
                progress: formatPercent(current.inYear.progress, lang),
              })}
              expectedLabel={t('overview.expectedMarker')}
              color={seriesYearStyle(current.status, current.inYear.status).color}
            />
          )}
        </section>
      )}
      <ChartFigure
        id="series-chart"
        title={t('series.chartTitle')}
        description={t('series.chartAlt')}
      >
        <LazyChart height={CHART_HEIGHT}>
          <SeriesChart
            points={points}
            height={CHART_HEIGHT}
            formatValue={fmt}
            labels={{ actual: t('series.chartActual'), target: t('series.chartTarget') }}
          />
        </LazyChart>
      </ChartFigure>
      <section aria-labelledby="series-data-heading">
        <h2 id="series-data-heading">{t('detail.dataHeading')}</h2>
        <SeriesYearsTable series={series} years={evaluation.years} sources={byId} />
        {notes.length > 0 && (
          <ul className="series-notes">
            {notes.map((y) => (
              <li key={y.year}>
                <strong>{y.year}</strong> {y.note?.[lang]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="series-sources-heading">
        <h2 id="series-sources-heading">{t('series.sourcesHeading')}</h2>
        <SourcesList items={cited} sources={sources} />
      </section>
    </>
  );
}
