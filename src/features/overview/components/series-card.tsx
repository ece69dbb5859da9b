import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CurrentYearTarget } from '../../../components/ui/current-year-target';
import { SeriesMiniChart } from '../../../components/charts/series-mini-chart.tsx';
import { seriesYearStyle } from '../../../components/ui/palette.ts';
import { SeriesResultLine } from '../../../components/ui/series-result.tsx';
import { VerdictBadges } from '../../../components/ui/status-badge.tsx';
import { lastResultBefore } from '../../../domain/evaluation/attention.ts';
import type { Source } from '../../../domain/dataset/schema.ts';
import { yearOf } from '../../../domain/evaluation/series-evaluate.ts';
import type { EvaluatedSeries } from '../../../domain/evaluation/series-view.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

/** One series at a glance: this year's target, the latest result, the track record, a bar per year. */
export const SeriesCard = memo(function SeriesCard({
  row,
  href,
  sources,
}: {
  row: EvaluatedSeries;
  href: string;
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { series, evaluation } = row;
  const name = series.name[lang];
  const { current, latestResult, record } = evaluation;
  const currentYear = yearOf(evaluation.asOf);
  const points = evaluation.years.map((y) => ({
    year: y.year,
    actual: y.actual?.value ?? null,
    target: y.target?.value ?? null,
    color: seriesYearStyle(y.status, y.inYear?.status ?? null).color,
  }));
  return (
    <article className="indicator-card series-card" aria-labelledby={`series-card-${series.id}`}>
      <header className="indicator-card__head">
        <h3 id={`series-card-${series.id}`}>
          <Link href={href}>{name}</Link>
        </h3>
        <VerdictBadges
          verdicts={evaluation.verdicts}
          lastResult={
            evaluation.due?.year ? lastResultBefore(evaluation.years, evaluation.due.year) : null
          }
        />
      </header>
      <p className="indicator-card__category">{t(`category.${series.category}`)}</p>
      <p className="series-card__current">
        {current?.target ? (
          <CurrentYearTarget series={series} year={{ ...current, target: current.target }} />
        ) : (
          t('series.noCurrentTarget', { year: currentYear })
        )}
      </p>
      <p className="series-card__latest">
        {latestResult ? (
          <SeriesResultLine series={series} year={latestResult} sources={sources} />
        ) : (
          t('series.noResult')
        )}
      </p>
      <div className="series-card__foot">
        <span className="series-card__record">
          {record.judged > 0
            ? t('series.record', { ...record, count: record.judged })
            : t('series.noRecord')}
        </span>
        <SeriesMiniChart points={points} label={t('series.miniChart', { name })} />
      </div>
    </article>
  );
});
