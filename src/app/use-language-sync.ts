// The language comes from the URL (?lang=) when a link names one, else the remembered choice.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../lib/i18n/index.ts';
import { useUiStore } from '../lib/ui-store.ts';
import { useViewState } from '../lib/use-view-state.ts';

export function useLanguageSync() {
  const { i18n } = useTranslation();
  const [view, setView] = useViewState();
  const remembered = useUiStore((s) => s.language);
  const setRemembered = useUiStore((s) => s.setLanguage);
  const wanted = view.lang ?? remembered;
  useEffect(() => {
    if (i18n.language !== wanted) void changeLanguage(i18n, wanted);
    document.documentElement.lang = wanted === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, wanted]);
  // Replaces the history entry: the language is a preference, not a place. Back leaves the
  // page; it does not flip the language back while the remembered choice says otherwise.
  return (next: Language) => {
    setRemembered(next);
    setView({ lang: next }, { replace: true });
  };
}
