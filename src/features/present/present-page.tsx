// Presentation mode (大屏) at /present: a 1920×1080 stage scaled to the window, dark and
// projector-safe, that rotates through one plan or series group per screen, with the title bar
// and the status summary always on screen. Follows the overview's URL filters and as-of date.
import { useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useLocation, useSearch } from 'wouter';
import { DARK_STATUS_COLORS } from '../../components/charts/dark-palette.ts';
import { Loading } from '../../components/ui/query-states.tsx';
import { planKnownOn } from '../../domain/evaluation/known-as-of.ts';
import { summarizeVerdicts } from '../../domain/evaluation/summary.ts';
import { VerdictGroups } from '../../components/ui/verdict-groups.tsx';
import { formatDate } from '../../domain/presentation/format.ts';
import {
  parseInterval,
  presentScreens,
  type PresentScreen,
} from '../../domain/presentation/present-screens.ts';
import { useDemoStore } from '../../lib/demo-store.ts';
import { useDraftStore } from '../../lib/draft-store.ts';
import { useExtraText } from '../../lib/i18n/extra-text.ts';
import type { Language } from '../../lib/i18n/index.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { useFilteredDashboard } from '../../lib/use-dashboard.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useHref } from '../../lib/use-view-state.ts';
import { useBackgroundRefresh } from './use-background-refresh.ts';
import { STAGE, useBeijingClock, useIdle, useStageScale } from './use-present-clock.ts';
import { usePresentKeys, useRotation } from './use-rotation.ts';
import { IndicatorTile, SeriesTile } from './present-tiles.tsx';
import { PRESENT_TEXT } from './present-text.ts';
import './present.css';

const IDLE_MS = 3000;

export default function PresentPage({ today }: { today: string }) {
  const { t } = useExtraText('present', PRESENT_TEXT);
  const lang = useLanguage();
  const search = useSearch();
  const [, navigate] = useLocation();
  const href = useHref();
  const interval = parseInterval(search);
  const { view, asOf, catalog, rows, shown, shownSeries, error, retry } =
    useFilteredDashboard(today);
  const { fetchedAt, refreshFailed } = useBackgroundRefresh();
  const simulated = useDemoStore((s) => s.params !== null);
  // A kept draft shows on the big screen too, labelled like simulated data (never in demo mode).
  const draft = useDraftStore((s) => s.draft !== null) && !simulated;
  const clock = useBeijingClock();
  const scale = useStageScale();
  const idle = useIdle(IDLE_MS);
  useDocumentTitle(t('title'));

  const screens = useMemo(() => {
    const plans = catalog?.plans.filter((plan) => planKnownOn(plan, asOf)) ?? [];
    return presentScreens(plans, shown, shownSeries);
  }, [catalog, asOf, shown, shownSeries]);
  const { index, paused, move, togglePause } = useRotation(screens.length, interval * 1000);
  const { plan, category, status, q } = view;
  const overview = href('/', { plan, category, status, q });
  const leave = useCallback(() => navigate(overview), [navigate, overview]);
  usePresentKeys({ move, togglePause, leave });

  const summary = summarizeVerdicts([
    ...shown.map((r) => r.evaluation),
    ...shownSeries.map((r) => r.evaluation),
  ]);
  const screen = screens[index];
  const time = (ms: number) =>
    new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(ms);

  return (
    <div className={`present${idle ? ' present--idle' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main
        className="present-stage"
        style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
      >
        <header className="present-bar">
          <h1>{t('title')}</h1>
          {simulated && <p className="present-simulated">{t('simulated')}</p>}
          {draft && (
            <p className="present-simulated present-draft" role="note">
              {t('draft')}
            </p>
          )}
          <p className="present-bar__asof">{t('asOf', { date: formatDate(asOf, lang) })}</p>
          <p className="present-bar__clock">
            <small>{t('clock')}</small> <time>{clock}</time>
          </p>
        </header>
        <section className="present-summary" aria-labelledby="present-summary-heading">
          <h2 id="present-summary-heading">
            {t('summary')} <small>{t('count', { count: shown.length + shownSeries.length })}</small>
          </h2>
          <VerdictGroups
            summary={summary}
            colors={DARK_STATUS_COLORS}
            className="present-summary"
            colouredIcon={false}
          />
        </section>
        {rows === null && error === null && <Loading />}
        {rows === null && error !== null && (
          <div role="alert" className="present-message">
            {t('loadFailed', { reason: error instanceof Error ? error.message : String(error) })}{' '}
            <button type="button" onClick={retry}>
              {t('retry')}
            </button>
          </div>
        )}
        {rows !== null && screens.length === 0 && <p className="present-message">{t('empty')}</p>}
        {screen && <ScreenView key={screen.key} screen={screen} t={t} lang={lang} />}
        <footer className="present-foot">
          <nav className="present-controls" aria-label={t('keys')}>
            <button type="button" onClick={() => move(-1)}>
              <span aria-hidden="true">◀</span> {t('prev')}
            </button>
            <button type="button" onClick={togglePause} aria-pressed={paused}>
              {paused ? t('resume') : t('pause')}
            </button>
            <button type="button" onClick={() => move(1)}>
              {t('next')} <span aria-hidden="true">▶</span>
            </button>
            <a href={overview} onClick={(e) => (e.preventDefault(), leave())}>
              {t('exit')} (Esc)
            </a>
          </nav>
          <p className="present-foot__state" aria-live="polite">
            {screens.length > 0 && t('screen', { index: index + 1, count: screens.length })}
            {' · '}
            {paused ? t('paused') : t('every', { seconds: interval })}
          </p>
          {refreshFailed && (
            <p role="status" className="present-notice">
              {t('refreshFailed', { time: time(fetchedAt) })}
            </p>
          )}
        </footer>
      </main>
    </div>
  );
}

/** One screen: its group's heading, then a tile per indicator or series. */
function ScreenView({ screen, t, lang }: { screen: PresentScreen; t: TFunction; lang: Language }) {
  const part = screen.parts > 1 ? t('part', { part: screen.part, parts: screen.parts }) : '';
  const title =
    screen.kind === 'plan'
      ? screen.plan.title[lang]
      : t('seriesGroup', {
          category: t(`category.${screen.category}`, { ns: 'translation' }),
        });
  return (
    <section className="present-screen" aria-labelledby="present-screen-heading">
      <h2 id="present-screen-heading">
        {title}
        {part}
      </h2>
      {screen.kind === 'plan' && (
        <p className="present-screen__meta">
          {t('planMeta', {
            issuer: screen.plan.issuer[lang],
            start: formatDate(screen.plan.period.start, lang),
            end: formatDate(screen.plan.period.end, lang),
          })}
        </p>
      )}
      <div className={`present-grid present-grid--${Math.min(screen.rows.length, 6)}`}>
        {screen.kind === 'plan'
          ? screen.rows.map((row) => (
              <IndicatorTile key={row.indicator.id} row={row} t={t} lang={lang} />
            ))
          : screen.rows.map((row) => (
              <SeriesTile key={row.series.id} row={row} t={t} lang={lang} />
            ))}
      </div>
    </section>
  );
}
