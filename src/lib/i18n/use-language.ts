import { useTranslation } from 'react-i18next';
import { languageOf, type Language } from './index.ts';

export function useLanguage(): Language {
  return languageOf(useTranslation().i18n);
}
