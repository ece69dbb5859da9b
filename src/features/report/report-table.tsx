// The briefing's first page: one line per verdict in view (a series may have a due year and a
// running year), exceptions first; each names the target it judges, that target's result, the
// status and the latest known value. It
// prints as one table whose header repeats on every page it continues onto.
import { resultFigure, resultWord } from '../../components/ui/briefing-result-text';
import { useTranslation } from 'react-i18next';
import { VerdictBadge } from '../../components/ui/status-badge';
import { verdictWhen } from '../../components/ui/verdict-text';
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
  const result = (row: BriefingRow) => {
    const figure = resultFigure(row);
    if (!figure) return resultWord(row, t);
    return (
      <>
        {formatValue(figure.value, row.unit, lang, row.measure)}
        <small>{formatDate(figure.date, lang)}</small>
      </>
    );
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
            <th scope="col">{t('briefingTable.judged')}</th>
            <th scope="col">{t('briefingTable.result')}</th>
            <th scope="col">{t('report.table.status')}</th>
            <th scope="col">{t('briefingTable.latest')}</th>
            <th scope="col">{t('report.table.trend')}</th>
            <th scope="col">{t('report.table.sourceKind')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.kind}-${row.id}-${row.verdict?.phase ?? 'context'}`}
              data-status={row.status ?? 'context'}
            >
              <th scope="row">{row.name[lang]}</th>
              <td>
                {row.target && row.verdict ? (
                  <>
                    {formatTarget(
                      row.target.value,
                      row.target.comparator,
                      row.unit,
                      lang,
                      row.measure,
                    )}
                    <small>{verdictWhen(row.verdict, t, lang)}</small>
                  </>
                ) : row.verdict ? (
                  <small>{verdictWhen(row.verdict, t, lang)}</small>
                ) : (
                  t('briefingTable.context')
                )}
              </td>
              <td>{result(row)}</td>
              <td className="report-table__status">
                {row.verdict ? <VerdictBadge verdict={row.verdict} /> : NO_VALUE}
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
              <td>{trend(row)}</td>
              <td>{kind(row.sourceId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
