import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { changeLanguage } from '../lib/i18n';
import { useLanguage } from '../lib/i18n/use-language';
import { useUiStore } from '../lib/ui-store';

/** Header, navigation and footer around every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const setLanguage = useUiStore((s) => s.setLanguage);
  const switchLanguage = () => {
    const next = lang === 'zh' ? 'en' : 'zh';
    setLanguage(next);
    void changeLanguage(i18n, next);
  };
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link href="/" className="app-title">
            {t('app.title')}
          </Link>
          <span className="app-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('app.navLabel')} className="app-nav">
          <Link href="/">{t('app.nav.overview')}</Link>
        </nav>
        <button
          type="button"
          className="lang-switch"
          onClick={switchLanguage}
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
        >
          {t('app.switchTo')}
        </button>
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
