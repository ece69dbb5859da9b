import { useTranslation } from 'react-i18next';
import { AttentionList } from '../../components/ui/attention-list';
import type { Source } from '../../domain/dataset/schema';
import type { AttentionItem } from '../../domain/evaluation/attention';
import type { VerdictSummary } from '../../domain/evaluation/summary';
import { BRIEFING_LIMITS, type BriefingRow } from '../../domain/exports/briefing';
import { ReportSummary } from './report-summary';

/** The one-page hand-out: 需关注 (as many lines as fit, then how many more), then the counts. */
export function ReportOnePage({
  summary,
  attention,
  rows,
}: {
  summary: VerdictSummary;
  attention: readonly AttentionItem[];
  rows: readonly BriefingRow[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const entries = new Set(rows.map((r) => `${r.kind}-${r.id}`)).size;
  return (
    <section className="report-part report-front" aria-labelledby="report-summary-heading">
      <AttentionList
        items={attention}
        limit={BRIEFING_LIMITS.onePageRows}
        className="report-attention"
        showMore={false}
      />
      <ReportSummary summary={summary} total={entries} />
      {attention.length > BRIEFING_LIMITS.onePageRows && (
        <p className="report__cap">
          {t('report.moreExceptions', { count: attention.length - BRIEFING_LIMITS.onePageRows })}
        </p>
      )}
    </section>
  );
}
