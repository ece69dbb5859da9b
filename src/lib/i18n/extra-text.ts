// Text for pages outside the entry bundle (presentation mode, embeds), in its own i18next
// namespace: it travels in the page's lazy chunk, so the overview's first visit does not carry it.
import { useTranslation } from 'react-i18next';
import type { Language } from './index.ts';

export type ExtraText = Record<string, string | Record<string, string>>;

/** Registers a namespace in both languages (once per i18n instance), then translates in it. */
export function useExtraText(ns: string, text: Record<Language, ExtraText>) {
  const { i18n } = useTranslation();
  for (const lang of ['zh', 'en'] as const)
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, text[lang]);
  return useTranslation(ns);
}
