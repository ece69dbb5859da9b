// The stamp every export carries: title, as-of date, data source, export time, and the
// simulated-data label in demo mode. Kept here so images, sheets and the briefing agree.
import type { TFunction } from 'i18next';
import { formatExportTime, shortDatasetId } from '../../domain/exports/export-names.ts';
import { formatDate } from '../../domain/presentation/format.ts';
import { demoLabel } from '../demo-params.ts';
import type { Language } from '../i18n/index.ts';

export type ExportStamp = {
  title: string;
  asOf: string;
  exportedAt: Date;
  simulated: boolean;
  /** The dataset's content hash, so a reader can tell which release of the data it shows. */
  datasetHash: string | null;
  /** An extra line, e.g. "from a snapshot made on …". */
  note: string | null;
};

/** Bilingual on purpose: the label must read the same whatever language exported it. */
export const SIMULATED_STAMP = `${demoLabel('zh')} / simulated`;

/** The stamp as label/value pairs (for spreadsheets' "about" sheet). */
export function stampPairs(stamp: ExportStamp, t: TFunction, lang: Language): [string, string][] {
  return [
    [t('export.stamp.titleLabel'), stamp.title],
    [t('export.stamp.asOfLabel'), formatDate(stamp.asOf, lang)],
    [t('export.stamp.sourceLabel'), sourceText(stamp, t)],
    [t('export.stamp.exportedLabel'), formatExportTime(stamp.exportedAt)],
    ...(stamp.note ? [[t('export.stamp.noteLabel'), stamp.note] as [string, string]] : []),
    ...(stamp.simulated
      ? [[t('export.stamp.dataLabel'), SIMULATED_STAMP] as [string, string]]
      : []),
  ];
}

function sourceText(stamp: ExportStamp, t: TFunction): string {
  return stamp.datasetHash
    ? t('export.stamp.sourceWithHash', { hash: shortDatasetId(stamp.datasetHash) })
    : t('export.stamp.source');
}

/** The stamp as the lines printed above an image: title first, the simulated label last. */
export function stampLines(stamp: ExportStamp, t: TFunction, lang: Language): string[] {
  return [
    stamp.title,
    `${t('export.stamp.asOf', { date: formatDate(stamp.asOf, lang) })} · ${t('export.stamp.sourceLine', { source: sourceText(stamp, t) })}`,
    t('export.stamp.exportedAt', { time: formatExportTime(stamp.exportedAt) }),
    ...(stamp.note ? [stamp.note] : []),
    ...(stamp.simulated ? [SIMULATED_STAMP] : []),
  ];
}
