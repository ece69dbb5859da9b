// The browser tab, history and bookmarks name the page: "职工创新工作室数量 · 规划指标看板".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The title for a page heading, as the tab shows it (also used by the build's prerender). */
export function documentTitle(pageTitle: string, appTitle: string): string {
  return pageTitle ? `${pageTitle} · ${appTitle}` : appTitle;
}

/** Sets the tab's title while the page is shown; `undefined` while its data is loading. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    if (pageTitle !== undefined) document.title = documentTitle(pageTitle, appTitle);
  }, [pageTitle, appTitle]);
}
