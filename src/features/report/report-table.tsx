// The briefing's first page: one line per indicator and series in view, exceptions first. It
// prints as one table whose header repeats on every page it continues onto.
import { useTranslation } from 'react-i18next';
import { StatusLabel } from '../../components/ui/status-label';
import type { Source } from '../../domain/dataset/schema';
import type { BriefingRow } from '../../domain/exports/briefing';
import {
  formatDate,
  formatDifference,
  formatTarget,
  formatValue,
  NO_VALUE,
} from '../../domain/presentation/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { sourceKindText } from '../../lib/source-kind-text';

export function ReportTable({
  rows,
  sources,
  caption,
}: {
  rows: readonly BriefingRow[];
  sources: ReadonlyMap<string, Source>;
  caption: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trend = (row: BriefingRow) => {
    if (!row.trend) return NO_VALUE;
    if (row.trend.kind === 'record')
      return t('series.record', { ...row.trend, count: row.trend.judged });
    const { change } = row.trend;
    const arrow = change > 0 ? '↑' : change < 0 ? '↓' : '→';
    return `${arrow} ${formatDifference(Math.abs(change), row.unit, lang, row.measure)}`;
  };
  const kind = (id: string | null) => {
    const source = id ? sources.get(id) : undefined;
    return source ? sourceKindText(source, t, lang) : NO_VALUE;
  };
  // On a phone the table scrolls sideways inside a labelled, focusable box (a keyboard can
  // scroll it too); on paper the box is plain.
  return (
    <div className="report-table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table className="report-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.table.name')}</th>
            <th scope="col">{t('report.table.target')}</th>
            <th scope="col">{t('report.table.latest')}</th>
            <th scope="col">{t('report.table.status')}</th>
            <th scope="col">{t('report.table.trend')}</th>
            <th scope="col">{t('report.table.sourceKind')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} data-status={row.status}>
              <th scope="row">{row.name[lang]}</th>
              <td>
                {row.target ? (
                  <>
                    {formatTarget(
                      row.target.value,
                      row.target.comparator,
                      row.unit,
                      lang,
                      row.measure,
                    )}
                    <small>
                      {row.target.year
                        ? t('report.table.year', { year: row.target.year })
                        : formatDate(row.target.deadline, lang)}
                    </small>
                  </>
                ) : (
                  NO_VALUE
                )}
              </td>
              <td>
                {row.latest ? (
                  <>
                    {formatValue(row.latest.value, row.unit, lang, row.measure)}
                    <small>{formatDate(row.latest.date, lang)}</small>
                  </>
                ) : (
                  NO_VALUE
                )}
              </td>
              <td className="report-table__status">
                <StatusLabel status={row.status} />
              </td>
              <td>{trend(row)}</td>
              <td>{kind(row.sourceId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
