// The "导出" menu above every data page: page image, CSV, XLSX, snapshot file, and links to the
// printable briefing and to opening snapshots. Each exporter loads only when chosen.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { showAllDeferred } from '../../components/ui/when-visible.tsx';
import { exportFileName } from '../../domain/exports/export-names.ts';
import { stampLines } from '../../lib/export/stamp.ts';
import { useExportStamp } from '../../lib/export/stamp-context.tsx';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { useHref, useViewState } from '../../lib/use-view-state.ts';
import { serializeViewState } from '../../lib/view-state.ts';
import { DeckItem } from './deck-item.tsx';
import { DocxItem, offersDocx } from './docx-item.tsx';
import { EmbedCodeItem } from './embed-code-item.tsx';
import type { ExportContext } from './export-context.ts';
import { KeyPointsItem } from './key-points-item.tsx';
import { useExportRunner } from './use-export-runner.ts';
import './export.css';

type Action = 'png' | 'csv' | 'xlsx' | 'snapshot';
const ACTIONS: Action[] = ['png', 'csv', 'xlsx', 'snapshot'];
/** A snapshot file holds indicators only, so a series page offers the rest. */
const SERIES_ACTIONS: Action[] = ['png', 'csv', 'xlsx'];

/** Pages whose data can be exported; the others (methodology, snapshots) get no menu. */
const exportable = (path: string) =>
  path === '/' || path === '/compare' || path === '/report' || /^\/indicator\/[^/]+$/.test(path);

const seriesPage = (path: string) => /^\/series\/[^/]+$/.test(path);

/**
 * In the prerendered HTML too: inserted only after hydration it would push the whole page down
 * (layout shift). A click before the app runs is replayed by React once it hydrates.
 */
export function ExportMenu() {
  const [path] = useLocation();
  if (seriesPage(path)) return <ExportMenuContent path={path} actions={SERIES_ACTIONS} />;
  if (!exportable(path)) return null;
  return <ExportMenuContent path={path} actions={ACTIONS} />;
}

function ExportMenuContent({ path, actions }: { path: string; actions: Action[] }) {
  const pageOfSeries = seriesPage(path);
  const { t } = useTranslation();
  const lang = useLanguage();
  const [view] = useViewState();
  const href = useHref();
  const queryClient = useQueryClient();
  const stamp = useExportStamp();
  const { outcome, run, reset, message, busy } = useExportRunner();
  // "已导出 …" belongs to the page it was made on: moving to another page clears it.
  useEffect(() => reset(), [path, reset]);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  /** Closes the list; keyboard users land back on the button, not on <body>. */
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    // The page image's drawing code (snapDOM, ~80 kB) is fetched while the visitor chooses.
    void import('../../lib/export/page-image').catch(() => {});
    const outside = (event: Event) => !root.current?.contains(event.target as Node);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      if (!outside(event)) toggle.current?.focus();
    };
    // A click elsewhere, or Tab moving focus past the menu, closes it: an open list would sit
    // over the filters below it.
    const onOutside = (event: Event) => outside(event) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  /** What an exporter needs, stamped now with the page's title. */
  const makeContext = (): ExportContext => {
    const title = `${t('app.title')} · ${document.querySelector('main h1')?.textContent?.trim() ?? ''}`;
    return { queryClient, path, view, stamp: stamp(title), t, lang };
  };
  /** An exporter kept in its own item (the deck): run like the built-in actions. */
  const startItem = (what: string, task: (ctx: ExportContext) => Promise<string>) => {
    close(true);
    const ctx = makeContext();
    void run(what, () => task(ctx));
  };
  const start = (action: Action) => {
    close(true);
    const ctx = makeContext();
    void run(t(`export.actions.${action}`), async (report) => {
      if (action === 'png') {
        const main = document.getElementById('main');
        if (!main) throw new Error('no #main element');
        const [{ exportPage, PAGE_IMAGE_STEPS }, { seedFrame }] = await Promise.all([
          import('../../lib/export/page-image'),
          import('../../lib/export/frame-seed'),
        ]);
        const fileName = exportFileName(
          `page-${path === '/' ? 'overview' : path}`,
          ctx.stamp.asOf,
          'png',
          ctx.stamp.simulated,
        );
        // On a screen narrower than the desktop layout, drawn in an off-screen frame at desktop
        // width, so a phone exports the desktop page; on a desktop screen, or if that frame
        // cannot load (offline), the page as shown, every chart drawn first.
        // The frame starts from this page's data instead of loading (or generating) it again.
        await exportPage(
          main,
          stampLines(ctx.stamp, t, lang),
          fileName,
          showAllDeferred,
          (frame) => seedFrame(frame, queryClient),
          (step) =>
            report({
              index: PAGE_IMAGE_STEPS.indexOf(step) + 1,
              total: PAGE_IMAGE_STEPS.length,
              label: t(`export.pageSteps.${step}`),
            }),
        );
        return fileName;
      }
      if (action === 'snapshot') return (await import('./snapshot-export')).exportSnapshot(ctx);
      return (await import('./spreadsheet-export')).exportSpreadsheet(action, ctx);
    });
  };

  return (
    <div className="export-menu" ref={root} data-export-ignore="" aria-busy={busy}>
      <span role="status" className="export-menu__status">
        {message}
      </span>
      {outcome.kind === 'busy' && outcome.progress && (
        <progress
          className="export-menu__progress"
          aria-label={message}
          value={outcome.progress.index - 1}
          max={outcome.progress.total}
        />
      )}
      {outcome.kind === 'failed' && (
        <span role="alert" className="export-menu__error">
          {outcome.text}
        </span>
      )}
      {/* aria-disabled, not disabled: focus stays on the button while an export runs. */}
      <button
        ref={toggle}
        type="button"
        className="export-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-disabled={busy}
        onClick={() => !busy && setOpen((o) => !o)}
      >
        {t('export.menu')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="export-menu__list" hidden={!open}>
        {actions.map((action) => (
          <li key={action}>
            <button type="button" onClick={() => start(action)}>
              {t(`export.actions.${action}`)}
            </button>
          </li>
        ))}
        <DeckItem start={startItem} />
        {offersDocx(path) && (
          <DocxItem context={makeContext} run={run} onChosen={() => close(true)} />
        )}
        <KeyPointsItem context={makeContext} />
        <EmbedCodeItem path={path} view={view} />
        {!pageOfSeries && (
          <>
            <li>
              <Link
                href={`/report${serializeViewState({ ...view })}`}
                onClick={() => setOpen(false)}
              >
                {t('export.actions.report')}
              </Link>
            </li>
            <li>
              <Link href={href('/snapshot')} onClick={() => setOpen(false)}>
                {t('export.actions.openSnapshot')}
              </Link>
            </li>
          </>
        )}
      </ul>
    </div>
  );
}
