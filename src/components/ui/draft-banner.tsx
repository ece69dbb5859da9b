import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDemoStore } from '../../lib/demo-store.ts';
import { draftPage, draftSize, useDraftStore } from '../../lib/draft-store.ts';
import { ensureDraftStrings } from '../../lib/reporting/draft-strings.ts';

/** On every page while a draft is shown: unpublished report data, and how to leave it. Lazy (see DraftSlot). */
export default function DraftBanner() {
  const { t, i18n } = useTranslation();
  ensureDraftStrings(i18n);
  const draft = useDraftStore((s) => s.draft);
  const demo = useDemoStore((s) => s.params !== null);
  const queryClient = useQueryClient();
  if (!draft || demo) return null;
  const discard = () =>
    void import('../../lib/reporting/draft').then((m) => m.discardDraft(queryClient));
  return (
    <section className="draft-banner" aria-label={t('draft.banner')}>
      <strong className="draft-banner__text">{t('draft.banner')}</strong>
      <span className="draft-banner__details">
        {t(draft.stored.curation ? 'draft.detailsCuration' : 'draft.details', {
          file: draft.stored.fileName,
          count: draftSize(draft.stored),
        })}
        {draft.stale && draft.conflicts.length > 0 && (
          <> {t('draft.stale', { count: draft.conflicts.length })}</>
        )}
      </span>
      <Link href={draftPage(draft.stored)} className="draft-banner__link">
        {t('draft.review')}
      </Link>
      <button type="button" className="draft-banner__discard" onClick={discard}>
        {t('draft.discard')}
      </button>
    </section>
  );
}
