// PNG and SVG buttons under a chart. The exporter (and its DOM-to-image code) loads on the
// first click; the buttons say when they are working and what came of it.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../domain/exports/export-names.ts';
import { useExportStamp } from '../../lib/export/stamp-context.tsx';
import { stampLines } from '../../lib/export/stamp.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; text: string };

/** "Plan title · chart title": the nearest section heading (or the page's h1) names the chart. */
function chartTitle(figure: Element, title: string): string {
  const heading =
    figure.closest('section')?.querySelector('h2, h1') ?? document.querySelector('main h1');
  const context = heading?.textContent?.trim();
  return context ? `${context} · ${title}` : title;
}

export function ChartExport({
  figureRef,
  id,
  title,
}: {
  figureRef: RefObject<HTMLElement | null>;
  id: string;
  title: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const stamp = useExportStamp();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'busy';
  const run = async (format: 'png' | 'svg') => {
    const figure = figureRef.current;
    if (!figure || busy) return;
    setOutcome({ kind: 'busy' });
    try {
      const { exportChart } = await import('../../lib/export/chart-image');
      const s = stamp(chartTitle(figure, title));
      const what = id.startsWith('chart-') ? id : `chart-${id}`;
      const fileName = exportFileName(what, s.asOf, format, s.simulated);
      await exportChart(figure, stampLines(s, t, lang), format, fileName);
      setOutcome({ kind: 'done', text: t('export.done', { file: fileName }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'failed', text: t('export.failed', { reason }) });
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
