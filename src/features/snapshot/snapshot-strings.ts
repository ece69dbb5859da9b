// Every string only /snapshot shows (opening, comparing, refusing and checking snapshots),
// loaded with the snapshot page's code instead of in every first visit's catalogue, and merged
// into the catalogue of whichever language is on.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n/index';
import { useLanguage } from '../../lib/i18n/use-language';
import { snapshotEn } from './snapshot-strings-en';
import { snapshotZh } from './snapshot-strings-zh';

export const SNAPSHOT_STRINGS = { zh: snapshotZh, en: snapshotEn };

/** Merges the snapshot page's strings into the active language's catalogue, once per language. */
export function useSnapshotStrings(): void {
  const { i18n } = useTranslation();
  const lang: Language = useLanguage();
  // During render, and idempotent: the page's first paint already needs them. getResource, not
  // exists(): exists() falls back to Chinese, which would leave English without them.
  if (
    i18n.hasResourceBundle(lang, 'translation') &&
    i18n.getResource(lang, 'translation', 'snapshot.heading') === undefined
  )
    i18n.addResourceBundle(lang, 'translation', SNAPSHOT_STRINGS[lang], true, true);
}
