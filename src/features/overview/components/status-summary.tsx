import { useTranslation } from 'react-i18next';
import type { VerdictSummary } from '../../../domain/evaluation/summary.ts';
import { STATUS_COLORS } from '../../../components/ui/palette.ts';
import { VerdictGroups } from '../../../components/ui/verdict-groups.tsx';

/** How the targets in view stand: due and running counted apart, as rows of labelled counts. */
export function StatusSummary({ summary, total }: { summary: VerdictSummary; total: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="status-summary">
      <h2 id="summary-heading">
        {t('overview.summaryHeading')}{' '}
        <small>{t('overview.indicatorCount', { count: total })}</small>
      </h2>
      <VerdictGroups summary={summary} colors={STATUS_COLORS} className="status-summary" />
    </section>
  );
}
