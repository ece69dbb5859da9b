// /embed/indicator/<id>, /embed/plan/<id>, /embed/series/<id>: one chart for other sites' pages,
// with its title, as-of date, source line and a link back (new tab); no app chrome, sized to
// the frame from 320 px, in the URL's language. Published data only: demo data only with ?demo,
// and then labelled. The build prerenders each one (scripts/prerender.ts). Any other path under
// /embed/ (framable by any site too) gets the embed-sized 404: no app, no menu, no links.
import { useMemo, type ReactNode } from 'react';
import type { Citation, Source } from '../../domain/dataset/schema.ts';
import type { EmbedKind } from '../../domain/exports/embed-code.ts';
import { embedChartOf } from '../../domain/presentation/embed-path.ts';
import { ErrorAlert, Loading } from '../../components/ui/query-states.tsx';
import { formatDate } from '../../domain/presentation/format.ts';
import { byTrust } from '../../domain/presentation/source-order.ts';
import { resultCitations } from '../../domain/evaluation/series-view.ts';
import { useDemoStore } from '../../lib/demo-store.ts';
import { useExtraText } from '../../lib/i18n/extra-text.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { useDashboard } from '../../lib/use-dashboard.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useHref, useViewState } from '../../lib/use-view-state.ts';
import { EMBED_TEXT } from './embed-text.ts';
import { IndicatorEmbedChart, PlanEmbedChart, SeriesEmbedChart } from './embed-charts.tsx';
import './embed.css';

/** The sources behind the citations, once each, best kind first, as "publisher《title》(date)". */
function sourceLine(citations: readonly Citation[], sources: readonly Source[], lang: 'zh' | 'en') {
  const ids = [...new Set(citations.map((c) => c.source))];
  const cited = ids.flatMap((id) => sources.filter((s) => s.id === id));
  return byTrust(cited, (s) => s.kind)
    .map((s) =>
      lang === 'zh'
        ? `${s.publisher.zh}《${s.title.zh}》（${formatDate(s.date, lang)}）`
        : `${s.publisher.en}, “${s.title.en}” (${formatDate(s.date, lang)})`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}

/** The embed for a path under /embed/: its chart, or the embed 404 when the path names none. */
export default function EmbedPage({ path, today }: { path: string; today: string }) {
  const chart = embedChartOf(path);
  return chart ? <EmbedChart {...chart} today={today} /> : <EmbedNotFound />;
}

/** What a path that names no chart shows: a heading and one sentence, nothing to click. */
function EmbedNotFound() {
  const { t } = useExtraText('embed', EMBED_TEXT);
  const lang = useLanguage();
  useDocumentTitle(t('notFound'));
  return (
    <main className="embed" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t('notFound')}</h1>
      <p>{t('notChart')}</p>
    </main>
  );
}

function EmbedChart({ kind, id, today }: { kind: EmbedKind; id: string; today: string }) {
  const { t } = useExtraText('embed', EMBED_TEXT);
  const lang = useLanguage();
  const [view] = useViewState();
  const href = useHref();
  const asOf = view.asOf ?? today;
  const { catalog, rows, seriesRows, error, retry } = useDashboard(asOf);
  const simulated = useDemoStore((s) => s.params !== null);

  const content = useMemo(() => {
    if (!catalog || !rows || !seriesRows) return null;
    if (kind === 'indicator') {
      const row = rows.find((r) => r.indicator.id === id);
      if (!row) return 'missing';
      const latest = row.evaluation.observationsAsOf.at(-1);
      return {
        title: row.indicator.name[lang],
        back: `/indicator/${id}`,
        citations: [row.indicator.target.citation, ...(latest ? [latest.citation] : [])],
        chart: <IndicatorEmbedChart row={row} t={t} lang={lang} />,
      };
    }
    if (kind === 'plan') {
      const plan = catalog.plans.find((p) => p.id === id);
      const planRows = rows.filter((r) => r.plan.id === id);
      if (!plan || planRows.length === 0) return 'missing';
      return {
        title: plan.title[lang],
        back: '/',
        backPatch: { plan: id },
        citations: [plan.citation],
        chart: <PlanEmbedChart name={plan.title[lang]} rows={planRows} t={t} lang={lang} />,
      };
    }
    const row = seriesRows.find((r) => r.series.id === id);
    if (!row) return 'missing';
    const { current, latestResult } = row.evaluation;
    return {
      title: row.series.name[lang],
      back: `/series/${id}`,
      citations: [
        ...(current?.target?.citations ?? []),
        ...(latestResult ? resultCitations(latestResult) : []),
      ],
      chart: <SeriesEmbedChart row={row} t={t} lang={lang} />,
    };
  }, [catalog, rows, seriesRows, kind, id, lang, t]);

  const title = typeof content === 'object' && content ? content.title : undefined;
  useDocumentTitle(title);

  let body: ReactNode;
  if (content === null)
    body =
      error !== null ? <ErrorAlert error={error} onRetry={retry} keptData={false} /> : <Loading />;
  else if (content === 'missing')
    body = (
      <>
        <h1>{t('notFound')}</h1>
        <p>{t('notFoundBody', { id, date: formatDate(asOf, lang) })}</p>
      </>
    );
  else
    body = (
      <>
        <header className="embed__head">
          <h1>{content.title}</h1>
          <p className="embed__asof">{t('asOf', { date: formatDate(asOf, lang) })}</p>
        </header>
        <figure className="embed__chart">{content.chart}</figure>
        <footer className="embed__foot">
          <p>{t('source', { sources: sourceLine(content.citations, catalog!.sources, lang) })}</p>
          <a
            href={href(content.back, 'backPatch' in content ? content.backPatch : {})}
            target="_blank"
            rel="noopener"
          >
            {t('link')}
            <span className="visually-hidden">{t('newTab')}</span>
          </a>
        </footer>
      </>
    );
  return (
    <main className="embed" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {simulated && <p className="embed__simulated">{t('simulated')}</p>}
      {body}
    </main>
  );
}
