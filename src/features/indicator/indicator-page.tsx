import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { evaluate } from '../../domain/evaluation/evaluate';
import { formatDate } from '../../domain/presentation/format';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { StatusBadge } from '../../components/ui/status-badge';
import { ApiError } from '../../lib/api';
import { catalogQueries, indicatorQueries } from '../../lib/queries';
import { useLanguage } from '../../lib/i18n/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useHref, useViewState } from '../../lib/use-view-state';
import { IndicatorDetail } from './components/indicator-detail';

/** One indicator in depth: chart, figures, sources and the data table. */
export default function IndicatorPage({ id, today }: { id: string; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const [view] = useViewState();
  const asOf = view.asOf ?? today;
  const catalog = useQuery(catalogQueries.detail());
  const indicator = useQuery(indicatorQueries.detail(id));
  const error = catalog.error ?? indicator.error;
  const plan = catalog.data?.plans.find((p) => p.id === indicator.data?.plan);
  const evaluation = useMemo(
    () => (indicator.data && plan ? evaluate(indicator.data, plan, asOf) : null),
    [indicator.data, plan, asOf],
  );
  const missing = error instanceof ApiError && error.kind === 'not_found' && !indicator.data;
  useDocumentTitle(missing ? t('detail.notFound') : indicator.data?.name[lang]);
  const retry = () => {
    if (catalog.error) void catalog.refetch();
    if (indicator.error) void indicator.refetch();
  };
  if (missing) {
    return (
      <div className="page-head page-head--stack">
        <h1>{t('detail.notFound')}</h1>
        <p>{t('detail.notFoundBody', { id })}</p>
        <Link href={href('/')}>{t('notFound.back')}</Link>
      </div>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href={href('/')}>{t('app.nav.overview')}</Link> ›
      </p>
      {indicator.data ? (
        <div className="page-head">
          <h1>{indicator.data.name[lang]}</h1>
          {evaluation && <StatusBadge status={evaluation.status} />}
          <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
        </div>
      ) : (
        <h1 className="visually-hidden">{t('detail.heading')}</h1>
      )}
      {error !== null && (
        <ErrorAlert error={error} onRetry={retry} keptData={indicator.data !== undefined} />
      )}
      {(catalog.isPending || indicator.isPending) && error === null && <Loading />}
      {indicator.data && plan && catalog.data && evaluation && (
        <IndicatorDetail
          indicator={indicator.data}
          plan={plan}
          sources={catalog.data.sources}
          evaluation={evaluation}
        />
      )}
    </>
  );
}
