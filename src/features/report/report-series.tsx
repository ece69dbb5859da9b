import { useTranslation } from 'react-i18next';
import { VerdictBadges } from '../../components/ui/status-badge';
import { lastResultBefore } from '../../domain/evaluation/attention';
import { SeriesResultLine } from '../../components/ui/series-result';
import { SeriesYearsTable } from '../../components/ui/series-years-table';
import type { Source } from '../../domain/dataset/schema';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view';
import { useLanguage } from '../../lib/i18n/use-language';

/** One annual-target series in the briefing: the latest result and every year in a table. */
export function ReportSeriesEntry({
  row: { series, evaluation },
  sources,
}: {
  row: EvaluatedSeries;
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="report-indicator report-series" aria-labelledby={`rs-${series.id}`}>
      <header className="report-indicator__head">
        <h3 id={`rs-${series.id}`}>{series.name[lang]}</h3>
        <VerdictBadges
          verdicts={evaluation.verdicts}
          lastResult={
            evaluation.due?.year ? lastResultBefore(evaluation.years, evaluation.due.year) : null
          }
        />
      </header>
      <p className="report-indicator__meta">
        {t('series.heading')} · {t(`category.${series.category}`)}
      </p>
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
  );
}
