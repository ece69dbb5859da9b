// PNG and SVG buttons under a chart. The exporter (and its DOM-to-image code) loads on the
// first click; the chart is drawn again off-screen at the export width (so a phone exports the
// desktop picture), and the buttons say when they are working and what came of it.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { chartFileSubject, exportFileName } from '../../domain/exports/export-names.ts';
import { exportFailureText } from '../../lib/export/failure.ts';
import { useExportStamp } from '../../lib/export/stamp-context.tsx';
import { stampLines } from '../../lib/export/stamp.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { parseViewState } from '../../lib/view-state.ts';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; text: string };

/** "Plan title · chart title": the nearest section heading (or the page's h1) names the chart. */
function chartTitle(figure: Element, title: string): string {
  const heading =
    figure.closest('section')?.querySelector('h2, h1') ?? document.querySelector('main h1');
  const context = heading?.textContent?.trim();
  return context ? `${context} · ${title}` : title;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => r(null)));

/** Waits until the off-screen copy has drawn its chart (or failed), then two more frames. */
async function drawnFrame(frameRef: RefObject<HTMLDivElement | null>): Promise<HTMLElement> {
  const until = Date.now() + 8000;
  for (;;) {
    const frame = frameRef.current;
    // A Recharts chart draws a render after it mounts; an own SVG chart is there at once.
    if (
      frame?.querySelector('.recharts-wrapper > svg, [data-chart-body] svg, [data-export-area]')
    ) {
      await frames();
      await frames();
      return frame;
    }
    if (frame?.querySelector('.chart-failed') || Date.now() > until)
      throw new Error('the chart could not be drawn');
    await new Promise((r) => setTimeout(r, 30));
  }
}

export function ChartExport({
  figureRef,
  frameRef,
  setExporting,
  id,
  title,
}: {
  figureRef: RefObject<HTMLElement | null>;
  frameRef: RefObject<HTMLDivElement | null>;
  setExporting: (on: boolean) => void;
  id: string;
  title: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const stamp = useExportStamp();
  const [path] = useLocation();
  const search = useSearch();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'busy';
  const run = async (format: 'png' | 'svg') => {
    const figure = figureRef.current;
    if (!figure || busy) return;
    setOutcome({ kind: 'busy' });
    setExporting(true);
    try {
      const { exportChart } = await import('../../lib/export/chart-image');
      const frame = await drawnFrame(frameRef);
      const s = stamp(chartTitle(figure, title));
      const what = chartFileSubject(path, parseViewState(search).ids, id);
      const fileName = exportFileName(what, s.asOf, format, s.simulated);
      await exportChart(frame, stampLines(s, t, lang), format, fileName);
      setOutcome({ kind: 'done', text: t('export.done', { file: fileName }) });
    } catch (error) {
      setOutcome({ kind: 'failed', text: exportFailureText(error, t) });
    } finally {
      setExporting(false);
    }
  };
  return (
    <div className="chart-export" data-export-ignore="" aria-busy={busy}>
      <span className="chart-export__label">{t('export.chartDownload')}</span>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="chart-export__button"
          disabled={busy}
          aria-label={t(`export.chart.${format}`, { title })}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <span role="status" className="chart-export__status">
        {outcome.kind === 'busy'
          ? t('export.working')
          : outcome.kind === 'done'
            ? outcome.text
            : ''}
      </span>
      {outcome.kind === 'failed' && (
        <span role="alert" className="chart-export__error">
          {outcome.text}
        </span>
      )}
    </div>
  );
}
