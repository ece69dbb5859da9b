import { useTranslation } from 'react-i18next';
import { STATUS_STYLE } from '../../components/ui/palette';
import { STATUS_ORDER, type Status } from '../../domain/evaluation/status';
import { StatusLabel } from '../../components/ui/status-label';

/** The status counts as one wrapping line of labelled numbers: it reads the same on paper. */
export function ReportSummary({
  counts,
  total,
}: {
  counts: Record<Status, number>;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-summary">
      <h2 id="report-summary-heading">
        {t('report.summaryHeading')} <small>{t('report.indicatorCount', { count: total })}</small>
      </h2>
      <ul className="report-summary__list">
        {STATUS_ORDER.map((status) => (
          <li key={status} style={{ borderLeftColor: STATUS_STYLE[status].color }}>
            <StatusLabel status={status} /> <strong>{counts[status]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
