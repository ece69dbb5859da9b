import { useTranslation } from 'react-i18next';
import { SeriesResultLine } from '../../components/ui/series-result';
import { SeriesYearsTable } from '../../components/ui/series-years-table';
import type { Source } from '../../domain/dataset/schema';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view';
import { useLanguage } from '../../lib/i18n/use-language';

/** The briefing's annual targets: per series the latest result and every year in a table. */
export function ReportSeries({
  rows,
  sources,
}: {
  rows: EvaluatedSeries[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (rows.length === 0) return null;
  return (
    <section className="report-plan report-series" aria-labelledby="report-series-heading">
      <h2 id="report-series-heading">{t('series.heading')}</h2>
      <p className="report-plan__meta">{t('series.hint')}</p>
      {rows.map(({ series, evaluation }) => (
        <section key={series.id} className="report-indicator" aria-labelledby={`rs-${series.id}`}>
          <h3 id={`rs-${series.id}`}>{series.name[lang]}</h3>
          <p>
            {evaluation.latestResult ? (
              <SeriesResultLine series={series} year={evaluation.latestResult} sources={sources} />
            ) : (
              t('series.noResult')
            )}
            {evaluation.record.judged > 0 &&
              ` · ${t('series.record', { ...evaluation.record, count: evaluation.record.judged })}`}
          </p>
          <SeriesYearsTable series={series} years={evaluation.years} sources={sources} />
        </section>
      ))}
    </section>
  );
}
