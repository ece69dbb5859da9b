// What an update changes, shown before it is applied: per indicator the status and latest value,
// published → updated (a new indicator from nothing), then the series years' new figures, then
// the reference figures put beside an indicator (never its progress).
// Shared by /import (report rows) and /curate (curation entries).
import { useTranslation } from 'react-i18next';
import type { Comparator } from '../../domain/dataset/vocabulary';
import type { Localized, Source, Unit } from '../../domain/dataset/schema';
import type { SnapshotDiff } from '../../domain/exports/snapshot-diff';
import { formatDate, formatValue } from '../../domain/presentation/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { ensurePreviewStrings } from '../../lib/reporting/preview-strings';
import { SourceKind } from './source-kind';
import { StatusLabel } from './status-label';
import './update-table.css';

/** A new figure of a series year. */
export interface PreviewSeriesLine {
  key: string;
  name: Localized;
  unit: Unit;
  measure?: Localized;
  year: number;
  /** Absent: an actual (the reporting template carries actuals only). */
  part?: 'target' | 'actual';
  value: number;
  comparator?: Comparator | null;
  date: string | null;
  /** The figure was already there: the update adds a further source for it. */
  addsCitation?: boolean;
}

/** A reference figure put beside an indicator (never its progress). */
export interface PreviewReferenceLine {
  key: string;
  name: Localized;
  label: Localized;
  unit: Unit;
  measure?: Localized;
  value: number;
  date: string;
}

export function UpdatePreviewTable({
  diff,
  series,
  references = [],
  sourceOf,
}: {
  diff: SnapshotDiff;
  series: readonly PreviewSeriesLine[];
  references?: readonly PreviewReferenceLine[];
  /** The source the update cites for an indicator, when it names one. */
  sourceOf: (indicatorId: string) => Source | undefined;
}) {
  const { t, i18n } = useTranslation();
  ensurePreviewStrings(i18n);
  const lang = useLanguage();
  const changed = diff.entries.filter((e) => e.kind !== 'unchanged');
  const comparatorSign = (c: Comparator | null | undefined) =>
    c === 'gte' ? '≥' : c === 'lte' ? '≤' : '';
  return (
    <>
      {changed.length > 0 && (
        <div
          className="import-table-wrap"
          role="region"
          aria-label={t('preview.caption')}
          tabIndex={0}
        >
          <table className="import-table">
            <caption>{t('preview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.indicator')}</th>
                <th scope="col">{t('preview.statusChange')}</th>
                <th scope="col">{t('preview.latest')}</th>
                <th scope="col">{t('preview.source')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((d) => {
                const a = d.after ?? d.before!;
                const value = (s: typeof d.before) =>
                  s?.latestValue == null
                    ? t('preview.none')
                    : `${formatValue(s.latestValue, s.unit, lang, s.measure)}（${formatDate(s.latestDate!, lang)}）`;
                const source = sourceOf(d.id);
                return (
                  <tr key={d.id}>
                    <th scope="row">{a.name[lang]}</th>
                    <td data-label={t('preview.statusChange')}>
                      {d.before ? <StatusLabel status={d.before.status} /> : t('preview.none')} →{' '}
                      {d.after ? <StatusLabel status={d.after.status} /> : t('preview.none')}
                    </td>
                    <td data-label={t('preview.latest')}>
                      {value(d.before)} → {value(d.after)}
                    </td>
                    <td data-label={t('preview.source')}>
                      {source ? <SourceKind source={source} /> : t('preview.none')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {series.length > 0 && (
        <>
          <h3>{t('preview.seriesHeading')}</h3>
          <ul className="import-series">
            {series.map((s) => (
              <li key={s.key}>
                {s.name[lang]} · {s.year}
                {s.part ? ` · ${t(`preview.${s.part}`)}` : ''} · {comparatorSign(s.comparator)}
                {formatValue(s.value, s.unit, lang, s.measure)}
                {s.date ? `（${formatDate(s.date, lang)}）` : ''}
                {s.addsCitation ? ` · ${t('preview.addsCitation')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {references.length > 0 && (
        <>
          <h3>{t('preview.referencesHeading')}</h3>
          <ul className="import-series">
            {references.map((r) => (
              <li key={r.key}>
                {r.name[lang]} · {r.label[lang]} · {formatValue(r.value, r.unit, lang, r.measure)}（
                {formatDate(r.date, lang)}）
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
