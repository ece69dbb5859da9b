import { useTranslation } from 'react-i18next';
import type { Source } from '../../domain/dataset/schema';
import { onePageExceptions, type BriefingRow } from '../../domain/exports/briefing';
import type { Status } from '../../domain/evaluation/status';
import { ReportSummary } from './report-summary';
import { ReportTable } from './report-table';

/** The one-page hand-out: the counts, the exceptions that fit, and how many more there are. */
export function ReportOnePage({
  counts,
  rows,
  sources,
}: {
  counts: Record<Status, number>;
  rows: readonly BriefingRow[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const { rows: exceptions, more } = onePageExceptions(rows);
  return (
    <section className="report-part report-front" aria-labelledby="report-summary-heading">
      <ReportSummary counts={counts} total={rows.length} />
      <h2 className="report-one-page__heading">{t('report.parts.exceptions')}</h2>
      {exceptions.length === 0 ? (
        <p>{t('report.noExceptions')}</p>
      ) : (
        <ReportTable rows={exceptions} sources={sources} caption={t('report.parts.exceptions')} />
      )}
      {more > 0 && <p className="report__cap">{t('report.moreExceptions', { count: more })}</p>}
    </section>
  );
}
