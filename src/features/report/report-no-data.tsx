import { useTranslation } from 'react-i18next';
import { formatDate, formatTarget } from '../../domain/presentation/format';
import type { BriefingRow } from '../../domain/exports/briefing';
import { useLanguage } from '../../lib/i18n/use-language';

/** Indicators and series with nothing reported yet: one compact line each, never a chart. */
export function ReportNoData({ rows }: { rows: readonly BriefingRow[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (rows.length === 0) return null;
  return (
    <section className="report-part report-no-data" aria-labelledby="report-no-data-heading">
      <h2 id="report-no-data-heading">
        {t('report.parts.noData')} <small>{t('report.itemCount', { count: rows.length })}</small>
      </h2>
      <p className="report-plan__meta">{t('report.noDataHint')}</p>
      <ul>
        {rows.map((row) => (
          <li key={`${row.kind}-${row.id}`}>
            <span>{row.name[lang]}</span>
            {row.target && (
              <span className="report-no-data__target">
                {t('report.target')}{' '}
                {formatTarget(row.target.value, row.target.comparator, row.unit, lang, row.measure)}{' '}
                · {formatDate(row.target.deadline, lang)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
