import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { StatusBadge } from '../../components/ui/status-badge';
import { formatDate, formatPercent } from '../../domain/presentation/format';
import { AT_RISK_RATIO, ON_TRACK_RATIO, STATUS_ORDER } from '../../domain/evaluation/status';
import { RESULT_DUE_MONTHS } from '../../domain/evaluation/result-due';
import { catalogQueries } from '../../lib/queries';
import { SourceKind } from '../../components/ui/source-kind';
import { SERIES_YEAR_STATUSES, TRACK_RECORD_YEARS } from '../../domain/evaluation/series-evaluate';
import { useLanguage } from '../../lib/i18n/use-language';
import { shownPublisher } from '../../lib/source-kind-text';

/** How progress, expected progress, status and projection are computed, and the sources. */
export default function MethodologyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('method.heading'));
  const lang = useLanguage();
  const catalog = useQuery(catalogQueries.detail());
  const thresholds = {
    onTrack: formatPercent(ON_TRACK_RATIO, lang),
    atRisk: formatPercent(AT_RISK_RATIO, lang),
    months: RESULT_DUE_MONTHS,
  };
  return (
    <article className="prose">
      <h1>{t('method.heading')}</h1>
      <section aria-labelledby="m-progress">
        <h2 id="m-progress">{t('method.progressHeading')}</h2>
        <p>{t('method.progress')}</p>
        <p className="formula">{t('method.progressFormula')}</p>
        <p>{t('method.baseline')}</p>
      </section>
      <section aria-labelledby="m-expected">
        <h2 id="m-expected">{t('method.expectedHeading')}</h2>
        <p>{t('method.expected')}</p>
        <p className="formula">{t('method.expectedFormula')}</p>
      </section>
      <section aria-labelledby="m-status">
        <h2 id="m-status">{t('method.statusHeading')}</h2>
        <p>{t('method.statusIntro', thresholds)}</p>
        <dl className="status-rules">
          {STATUS_ORDER.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{t(`method.rule.${status}`, thresholds)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="m-projection">
        <h2 id="m-projection">{t('method.projectionHeading')}</h2>
        <p>{t('method.projection')}</p>
        <p>{t('method.pace')}</p>
      </section>
      <section aria-labelledby="m-series">
        <h2 id="m-series">{t('method.seriesHeading')}</h2>
        <p>{t('method.series')}</p>
        <dl className="status-rules">
          {SERIES_YEAR_STATUSES.map((status) => (
            <div key={status}>
              <dt>{t(`series.yearStatus.${status}`)}</dt>
              <dd>{t(`method.seriesRule.${status}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('method.seriesHeadline', { years: TRACK_RECORD_YEARS })}</p>
      </section>
      <section aria-labelledby="m-asof">
        <h2 id="m-asof">{t('method.asOfHeading')}</h2>
        <p>{t('method.asOf')}</p>
      </section>
      <section aria-labelledby="m-data">
        <h2 id="m-data">{t('method.dataHeading')}</h2>
        <p>{t('method.data')}</p>
        {catalog.data && (
          <ul className="source-index">
            {catalog.data.sources.map((source) => (
              <li key={source.id}>
                {source.title[lang]} ·{' '}
                {shownPublisher(source, lang) && `${shownPublisher(source, lang)} · `}
                {formatDate(source.date, lang)} ·
                <SourceKind source={source} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
