// "复制嵌入代码" in the export menu: copies an <iframe> snippet of this page's chart
// (/embed/…) for another site. Where the clipboard is refused, the snippet is shown to copy by hand.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../domain/dataset/schema.ts';
import { embedSnippet, embedTargetOf, embedUrl } from '../../domain/exports/embed-code.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { catalogQueries } from '../../lib/queries.ts';
import type { ViewState } from '../../lib/view-state.ts';

export function EmbedCodeItem({ path, view }: { path: string; view: ViewState }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<string | null>(null);
  const target = embedTargetOf(path, view.plan);
  if (!target) return null;
  const copy = async () => {
    // From the data where the catalog has it (the page's heading may still be a loading one):
    // a copy made while the catalog is still loading waits for it.
    const catalog: Catalog | undefined = await queryClient
      .ensureQueryData(catalogQueries.detail())
      .catch(() => undefined);
    const fromCatalog =
      target.kind === 'plan'
        ? catalog?.plans.find((p) => p.id === target.id)?.title[lang]
        : target.kind === 'series'
          ? catalog?.series.find((s) => s.id === target.id)?.name[lang]
          : undefined;
    const name = fromCatalog ?? document.querySelector('main h1')?.textContent?.trim();
    const code = embedSnippet(
      embedUrl(globalThis.location.origin, target, { ...view, lang }),
      `${t('app.title')}：${name ?? target.id}`,
      target.kind,
    );
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setManual(null);
    } catch {
      setManual(code);
    }
  };
  return (
    <li>
      <button type="button" onClick={() => void copy()}>
        {t('export.embed.copy')}
      </button>
      <span role="status" className="export-menu__status">
        {copied ? t('export.embed.copied') : manual ? t('export.embed.manual') : ''}
      </span>
      {manual && (
        <textarea
          readOnly
          rows={4}
          style={{ width: '100%', minWidth: '18rem' }}
          value={manual}
          aria-label={t('export.embed.copy')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </li>
  );
}
