import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { DraftSlot } from '../components/ui/draft-slot.tsx';
import { DemoBanner } from '../features/demo/demo-banner.tsx';
import { DemoRouter } from '../features/demo/demo-router.tsx';
import { DemoToggle } from '../features/demo/demo-toggle.tsx';
import { ExportMenu } from '../features/export/export-menu.tsx';
import { useLanguage } from '../lib/i18n/use-language.ts';
import { useHref } from '../lib/use-view-state.ts';
import { parseViewState } from '../lib/view-state.ts';
import { InvalidAsOfNotice } from './invalid-as-of-notice.tsx';
import { useLanguageSync } from './use-language-sync.ts';

const NAV = [
  { path: '/', key: 'overview' },
  { path: '/compare', key: 'compare' },
  { path: '/report', key: 'report' },
  { path: '/methodology', key: 'methodology' },
  { path: '/import', key: 'import' },
  { path: '/curate', key: 'curate' },
] as const;

/** Header, navigation and footer around every page; demo mode's links keep `?demo`. */
export function Layout({ children, today }: { children: ReactNode; today: string }) {
  return (
    <DemoRouter>
      <LayoutContent today={today}>{children}</LayoutContent>
    </DemoRouter>
  );
}

function LayoutContent({ children, today }: { children: ReactNode; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const [location] = useLocation();
  // The big screen shows what the overview's filters show.
  const { plan, category, status, q } = parseViewState(useSearch());
  const setLanguage = useLanguageSync();
  const switchLanguage = () => setLanguage(lang === 'zh' ? 'en' : 'zh');
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <DraftSlot />
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
          <Link href={href('/present', { plan, category, status, q })}>{t('app.nav.present')}</Link>
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
        <InvalidAsOfNotice today={today} />
        <ExportMenu />
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
