// i18next setup: zh is bundled, en is fetched the first time it is chosen.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh.ts';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A fresh i18next instance (the app makes one; each test and the prerender make their own). */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { zh: { translation: zh } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/**
 * Loads the language's catalogue if needed, then switches to it. A page's own words (import,
 * draft, snapshot) may already have put an English bundle in place, so the test is for the
 * catalogue's own key, not for any bundle: else the app would stay in Chinese around them.
 */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  if (instance.getResource(language, 'translation', 'app.title') === undefined) {
    const { en } = await import('./en');
    instance.addResourceBundle('en', 'translation', en, true, false);
  }
  await instance.changeLanguage(language);
}

/** The active language, narrowed to the ones the app ships. */
export function languageOf(instance: Pick<I18n, 'language'>): Language {
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}
