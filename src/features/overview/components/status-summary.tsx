import { useTranslation } from 'react-i18next';
import { STATUS_ORDER, type Status } from '../../../domain/evaluation/status.ts';
import { STATUS_STYLE } from '../../../components/ui/palette.ts';
import { StatusLabel } from '../../../components/ui/status-label.tsx';

/** How many indicators stand in each status, as a row of labelled counts. */
export function StatusSummary({
  counts,
  total,
}: {
  counts: Record<Status, number>;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="status-summary">
      <h2 id="summary-heading">
        {t('overview.summaryHeading')}{' '}
        <small>{t('overview.indicatorCount', { count: total })}</small>
      </h2>
      <ul>
        {STATUS_ORDER.map((status) => (
          <li key={status} style={{ borderTopColor: STATUS_STYLE[status].color }}>
            <span className="status-summary__count">{counts[status]}</span>
            <span className="status-summary__label">
              <StatusLabel status={status} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
