import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/presentation/format';
import type { Source } from '../../domain/dataset/schema';
import { byTrust } from '../../domain/presentation/source-order';
import { useLanguage } from '../../lib/i18n/use-language';
import { shownPublisher, sourceKindText } from '../../lib/source-kind-text';

/**
 * Every document the briefing's numbers come from, best kind first, with its link printed out
 * for paper. A repost is named by its original outlet, and its third-party address is marked as
 * a mirror: here only, never in the summary.
 */
export function ReportSources({ sources }: { sources: Source[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="report-sources" aria-labelledby="report-sources-heading">
      <h2 id="report-sources-heading">{t('report.sourcesHeading')}</h2>
      <ol>
        {byTrust(sources, (s) => s.kind).map((source) => {
          const publisher = shownPublisher(source, lang);
          const link = source.url && (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.url}
            </a>
          );
          return (
            <li key={source.id}>
              {source.title[lang]} · {publisher ?? sourceKindText(source, t, lang)} ·{' '}
              {formatDate(source.date, lang)}
              {link && ' · '}
              {link && source.kind === 'repost' ? (
                <span className="report-sources__mirror">
                  {t('report.mirrorLabel')}
                  {link}
                </span>
              ) : (
                link
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
