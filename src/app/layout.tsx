import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DemoBanner } from '../features/demo/demo-banner';
import { DemoRouter } from '../features/demo/demo-router';
import { DemoToggle } from '../features/demo/demo-toggle';
import { ExportMenu } from '../features/export/export-menu';
import { useLanguage } from '../lib/i18n/use-language';
import { useHref } from '../lib/use-view-state';
import { useLanguageSync } from './use-language-sync';

const NAV = [
  { path: '/', key: 'overview' },
  { path: '/compare', key: 'compare' },
  { path: '/report', key: 'report' },
  { path: '/methodology', key: 'methodology' },
] as const;

/** Header, navigation and footer around every page; demo mode's links keep `?demo`. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <DemoRouter>
      <LayoutContent>{children}</LayoutContent>
    </DemoRouter>
  );
}

function LayoutContent({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const [location] = useLocation();
  const setLanguage = useLanguageSync();
  const switchLanguage = () => setLanguage(lang === 'zh' ? 'en' : 'zh');
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <header className="app-header">
        <div className="app-header__brand">
          <Link href={href('/')} className="app-title">
            {t('app.title')}
          </Link>
          <span className="app-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('app.navLabel')} className="app-nav">
          {NAV.map((item) => (
            <Link
              key={item.path}
              href={href(item.path)}
              aria-current={location === item.path ? 'page' : undefined}
            >
              {t(`app.nav.${item.key}`)}
            </Link>
          ))}
        </nav>
        <button
          type="button"
          className="lang-switch"
          onClick={switchLanguage}
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
        >
          {t('app.switchTo')}
        </button>
        <DemoToggle />
      </header>
      <main id="main" className="app-main">
        <ExportMenu />
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
