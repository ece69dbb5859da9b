import { useTranslation } from 'react-i18next';
import { summarizeStatuses } from '../../domain/summary';
import { formatDate } from '../../domain/format';
import { EmptyState, ErrorAlert, Loading } from '../../components/ui/query-states';
import { useDashboard, type EvaluatedIndicator } from '../../lib/use-dashboard';
import { useLanguage } from '../../lib/i18n/use-language';
import { PlanSection } from './components/plan-section';
import { StatusSummary } from './components/status-summary';

function groupByPlan(rows: EvaluatedIndicator[]) {
  const groups = new Map<string, EvaluatedIndicator[]>();
  for (const row of rows) groups.set(row.plan.id, [...(groups.get(row.plan.id) ?? []), row]);
  return groups;
}

/** The whole dashboard at a glance: status counts, then each plan's chart and cards. */
export function OverviewPage({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { catalog, rows, isPending, error, retry } = useDashboard(asOf);
  const groups = rows ? groupByPlan(rows) : new Map<string, EvaluatedIndicator[]>();
  return (
    <>
      <div className="page-head">
        <h1>{t('overview.heading')}</h1>
        <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
      </div>
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={rows !== null} />}
      {isPending && error === null && <Loading />}
      {rows && catalog && (
        <>
          <StatusSummary
            counts={summarizeStatuses(rows.map((r) => r.evaluation))}
            total={rows.length}
          />
          {rows.length === 0 && <EmptyState message={t('overview.empty')} />}
          {catalog.plans
            .filter((plan) => groups.has(plan.id))
            .map((plan) => (
              <PlanSection key={plan.id} plan={plan} rows={groups.get(plan.id) ?? []} />
            ))}
        </>
      )}
    </>
  );
}
