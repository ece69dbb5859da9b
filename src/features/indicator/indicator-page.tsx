import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../domain/presentation/format';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { VerdictBadge } from '../../components/ui/status-badge';
import { ApiError } from '../../lib/api';
import { useIndicatorEvaluation } from '../../lib/use-dashboard';
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
  const { catalog, indicator, row, error, isPending, retry } = useIndicatorEvaluation(id, asOf);
  const evaluation = row?.evaluation ?? null;
  const missing = error instanceof ApiError && error.kind === 'not_found' && !indicator;
  useDocumentTitle(missing ? t('detail.notFound') : indicator?.name[lang]);
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
      {indicator ? (
        <div className="page-head">
          <h1>{indicator.name[lang]}</h1>
          {evaluation && <VerdictBadge verdict={evaluation.verdicts[0]} />}
          <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
        </div>
      ) : (
        <h1 className="visually-hidden">{t('detail.heading')}</h1>
      )}
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={indicator !== null} />}
      {isPending && error === null && <Loading />}
      {row && catalog && (
        <IndicatorDetail
          indicator={row.indicator}
          plan={row.plan}
          sources={catalog.sources}
          evaluation={row.evaluation}
        />
      )}
      {indicator && catalog && !row && !isPending && (
        <p className="detail-honest" role="note">
          {t('detail.notYetPublished')}
        </p>
      )}
    </>
  );
}
