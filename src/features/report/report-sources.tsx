import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/presentation/format';
import type { Source } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';

/** Every document the briefing's numbers come from, with its link printed out for paper. */
export function ReportSources({ sources }: { sources: Source[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="report-sources" aria-labelledby="report-sources-heading">
      <h2 id="report-sources-heading">{t('report.sourcesHeading')}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            {source.title[lang]} · {source.publisher[lang]} · {formatDate(source.date, lang)}
            {source.url && (
              <>
                {' · '}
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
