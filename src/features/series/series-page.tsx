import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { VerdictBadges } from '../../components/ui/status-badge';
import { lastResultBefore } from '../../domain/evaluation/attention';
import { formatDate } from '../../domain/presentation/format';
import { evaluateSeries, sourceDates } from '../../domain/evaluation/series-evaluate';
import { catalogQueries } from '../../lib/queries';
import { useLanguage } from '../../lib/i18n/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useHref, useViewState } from '../../lib/use-view-state';
import { SeriesDetail } from './components/series-detail';

/** One series of annual targets: every year's target beside its actual, with sources. */
export default function SeriesPage({ id, today }: { id: string; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const [view] = useViewState();
  const asOf = view.asOf ?? today;
  // The catalog holds every series: one request, and a prerendered page needs nothing else.
  const query = useQuery(catalogQueries.detail());
  const catalog = query.data ?? null;
  const { isPending, error } = query;
  const retry = () => void query.refetch();
  const series = catalog?.series.find((s) => s.id === id) ?? null;
  const evaluation = useMemo(
    () => (series && catalog ? evaluateSeries(series, asOf, sourceDates(catalog.sources)) : null),
    [series, catalog, asOf],
  );
  const missing = catalog !== null && series === null;
  useDocumentTitle(missing ? t('series.notFound') : series?.name[lang]);
  if (missing) {
    return (
      <div className="page-head page-head--stack">
        <h1>{t('series.notFound')}</h1>
        <p>{t('series.notFoundBody', { id })}</p>
        <Link href={href('/')}>{t('notFound.back')}</Link>
      </div>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href={href('/')}>{t('app.nav.overview')}</Link> › {t('series.pageHeading')}
      </p>
      {series ? (
        <div className="page-head">
          <h1>{series.name[lang]}</h1>
          {evaluation && (
            <VerdictBadges
              verdicts={evaluation.verdicts}
              lastResult={
                evaluation.due?.year
                  ? lastResultBefore(evaluation.years, evaluation.due.year)
                  : null
              }
            />
          )}
          <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
        </div>
      ) : (
        <h1 className="visually-hidden">{t('series.pageHeading')}</h1>
      )}
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={catalog !== null} />}
      {isPending && error === null && <Loading />}
      {series && evaluation && catalog && (
        <SeriesDetail series={series} evaluation={evaluation} sources={catalog.sources} />
      )}
    </>
  );
}
