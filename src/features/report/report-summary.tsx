import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../../components/ui/palette';
import { VerdictGroups } from '../../components/ui/verdict-groups';
import type { VerdictSummary } from '../../domain/evaluation/summary';

/** The status counts in their two groups (due, running), as wrapping lines: same on paper. */
export function ReportSummary({ summary, total }: { summary: VerdictSummary; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="report-summary">
      <h2 id="report-summary-heading">
        {t('report.summaryHeading')} <small>{t('report.indicatorCount', { count: total })}</small>
      </h2>
      <VerdictGroups summary={summary} colors={STATUS_COLORS} className="report-summary" />
    </div>
  );
}
