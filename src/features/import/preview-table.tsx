import { useTranslation } from 'react-i18next';
import type { ReportEntry } from '../../domain/reporting/report-types';
import type { reportPreview } from '../../domain/reporting/preview';
import { formatDate, formatValue } from '../../domain/presentation/format';
import { StatusLabel } from '../../components/ui/status-label';
import { SourceKind } from '../../components/ui/source-kind';
import { useLanguage } from '../../lib/i18n/use-language';

/** Per indicator: status and latest value, published → updated; then new series figures. */
export function PreviewTable({
  preview,
  entries,
}: {
  preview: ReturnType<typeof reportPreview>;
  entries: readonly ReportEntry[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const changed = preview.diff.entries.filter((e) => e.kind !== 'unchanged');
  const sourceOf = (id: string) => entries.find((e) => e.target.id === id)?.source;
  return (
    <>
      {changed.length > 0 && (
        <div
          className="import-table-wrap"
          role="region"
          aria-label={t('import.previewCaption')}
          tabIndex={0}
        >
          <table className="import-table">
            <caption>{t('import.previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.indicator')}</th>
                <th scope="col">{t('import.statusChange')}</th>
                <th scope="col">{t('import.latest')}</th>
                <th scope="col">{t('import.sourceNote')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((d) => {
                const a = d.after ?? d.before!;
                const value = (s: typeof d.before) =>
                  s?.latestValue == null
                    ? t('import.none')
                    : `${formatValue(s.latestValue, s.unit, lang, s.measure)}（${formatDate(s.latestDate!, lang)}）`;
                const source = sourceOf(d.id);
                return (
                  <tr key={d.id}>
                    <th scope="row">{a.name[lang]}</th>
                    <td data-label={t('import.statusChange')}>
                      {d.before ? <StatusLabel status={d.before.status} /> : t('import.none')} →{' '}
                      {d.after ? <StatusLabel status={d.after.status} /> : t('import.none')}
                    </td>
                    <td data-label={t('import.latest')}>
                      {value(d.before)} → {value(d.after)}
                    </td>
                    <td data-label={t('import.sourceNote')}>
                      {source ? <SourceKind source={source} /> : t('import.none')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {preview.series.length > 0 && (
        <>
          <h3>{t('import.seriesHeading')}</h3>
          <ul className="import-series">
            {preview.series.map((s) => (
              <li key={s.row}>
                {s.name[lang]} · {s.year} · {formatValue(s.value, s.unit, lang)}（
                {formatDate(s.date, lang)}）
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
