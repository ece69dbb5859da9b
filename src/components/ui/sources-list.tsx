import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/presentation/format';
import type { Citation, Source } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';
import { shownPublisher } from '../../lib/source-kind-text';
import { SourceKind } from './source-kind';

export type CitedValue = { label: string; value: string; citation: Citation };

/**
 * Every number on the page with the exact quote that states it and the document it comes from;
 * a figure with several citations lists them best kind first (the caller orders them).
 */
export function SourcesList({ items, sources }: { items: CitedValue[]; sources: Source[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (
    <ol className="sources-list">
      {items.map((item, index) => {
        const source = byId.get(item.citation.source);
        const publisher = source ? shownPublisher(source, lang) : null;
        return (
          <li key={`${item.label}-${index}`}>
            <p className="sources-list__what">
              <strong>{item.label}</strong> {item.value}
            </p>
            <blockquote lang="zh-CN">“{item.citation.quote}”</blockquote>
            <p className="sources-list__source">
              {source ? (
                <>
                  {source.url ? (
                    <a href={source.url} rel="noreferrer noopener" target="_blank">
                      {source.title[lang]}
                    </a>
                  ) : (
                    source.title[lang]
                  )}{' '}
                  · {publisher && `${publisher} · `}
                  {/* Simulated figures have no publication day worth printing. */}
                  {source.kind !== 'simulated' && `${formatDate(source.date, lang)} · `}
                  <SourceKind source={source} />
                </>
              ) : (
                t('detail.unknownSource', { id: item.citation.source })
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
