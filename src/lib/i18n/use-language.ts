import { useTranslation } from 'react-i18next';
import { languageOf, type Language } from './index';

export function useLanguage(): Language {
  return languageOf(useTranslation().i18n);
}
