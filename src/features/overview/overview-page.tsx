import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { formatDate } from '../../domain/presentation/format.ts';
import { figuresByPlan, type SourcedFigure } from '../../domain/evaluation/plan-figures.ts';
import { planKnownOn } from '../../domain/evaluation/known-as-of';
import { summarizeVerdicts } from '../../domain/evaluation/summary.ts';
import { attentionItems, ownedFirst, ownedPlanIds } from '../../domain/evaluation/attention.ts';
import { AttentionList } from '../../components/ui/attention-list.tsx';
import { useHref } from '../../lib/use-view-state.ts';
import { filterRows } from '../../domain/evaluation/filter.ts';
import {
  EmptyState,
  ErrorAlert,
  Loading,
  RefreshButton,
} from '../../components/ui/query-states.tsx';
import { useFilteredDashboard } from '../../lib/use-dashboard.ts';
import { type EvaluatedIndicator } from '../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { FilterBar } from '../filters/filter-bar.tsx';
import { FiguresOnlySection } from './components/plan-figures.tsx';
import { LatestResults } from './components/latest-results.tsx';
import { SeriesSection } from './components/series-section.tsx';
import { PlanSection } from './components/plan-section.tsx';
import { ReportingCoverage } from './components/reporting-coverage.tsx';
import { StatusSummary } from './components/status-summary.tsx';

const NO_FIGURES: SourcedFigure[] = [];

/** Lines of 需关注 the overview shows before "N more". */
const ATTENTION_SHOWN = 12;

/** A plan whose rows, figures and plan are the same objects as last time need not render again. */
const MemoPlanSection = memo(PlanSection);

function groupByPlan(rows: EvaluatedIndicator[]) {
  const groups = new Map<string, EvaluatedIndicator[]>();
  for (const row of rows) {
    const group = groups.get(row.plan.id);
    if (group) group.push(row);
    else groups.set(row.plan.id, [row]);
  }
  return groups;
}

/** The whole dashboard at a glance: status counts, filters, then each plan's chart and cards. */
export function OverviewPage({ today }: { today: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.heading'));
  const lang = useLanguage();
  const {
    view,
    asOf,
    catalog,
    rows,
    seriesRows,
    shown,
    shownSeries,
    isPending,
    isFetching,
    error,
    retry,
    refresh,
  } = useFilteredDashboard(today);
  const sources = useMemo(
    () => new Map((catalog?.sources ?? []).map((source) => [source.id, source])),
    [catalog],
  );
  const total = (rows?.length ?? 0) + (seriesRows?.length ?? 0);
  const shownCount = shown.length + shownSeries.length;
  // A plan not yet published on the as-of date is not shown, figures and all; the owner's
  // plans lead.
  const plans = useMemo(
    () => ownedFirst(catalog?.plans.filter((plan) => planKnownOn(plan, asOf)) ?? []),
    [catalog, asOf],
  );
  const attention = useMemo(
    () => (catalog ? attentionItems(shown, shownSeries, ownedPlanIds(catalog.plans)) : []),
    [catalog, shown, shownSeries],
  );
  const summary = useMemo(
    () =>
      summarizeVerdicts([
        ...shown.map((r) => r.evaluation),
        ...shownSeries.map((r) => r.evaluation),
      ]),
    [shown, shownSeries],
  );
  const href = useHref();
  // The plan sections sit below the fold and can hold thousands of rows: after a filter change
  // they follow in a background render, so the counts, filters and series above answer at once.
  // Only the filters are deferred: the data's arrival (and the prerendered page) draw everything
  // in one pass.
  const belowView = useDeferredValue(view);
  const belowShown = useMemo(
    () => (belowView === view ? shown : rows ? filterRows(rows, belowView) : []),
    [belowView, view, shown, rows],
  );
  const groups = useMemo(() => groupByPlan(belowShown), [belowShown]);
  const figures = useMemo(
    () => (catalog ? figuresByPlan(catalog, belowView, asOf) : new Map<string, SourcedFigure[]>()),
    [catalog, belowView, asOf],
  );
  return (
    <>
      <div className="page-head">
        <h1>{t('overview.heading')}</h1>
        <p className="as-of">{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
        {rows && <RefreshButton onRefresh={refresh} busy={isFetching} />}
      </div>
      {error !== null && <ErrorAlert error={error} onRetry={retry} keptData={rows !== null} />}
      {isPending && error === null && <Loading />}
      {rows && catalog && (
        <>
          <AttentionList
            items={attention}
            limit={ATTENTION_SHOWN}
            hrefOf={(item) => href(`/${item.kind}/${item.id}`)}
          />
          <StatusSummary summary={summary} total={shownCount} />
          <LatestResults rows={shownSeries} sources={sources} />
          <FilterBar plans={plans} today={today} shown={shownCount} total={total} />
          {shownCount === 0 && <EmptyState message={t('overview.empty')} />}
          {shownSeries.length > 0 && <SeriesSection rows={shownSeries} sources={sources} />}
          {plans.map((plan) => {
            const planRows = groups.get(plan.id);
            const planFigures = figures.get(plan.id) ?? NO_FIGURES;
            if (planRows)
              return (
                <MemoPlanSection key={plan.id} plan={plan} rows={planRows} figures={planFigures} />
              );
            // A plan with figures but no indicator in view still shows its figures.
            return planFigures.length > 0 ? (
              <FiguresOnlySection key={plan.id} plan={plan} figures={planFigures} />
            ) : null;
          })}
          <ReportingCoverage plans={plans} rows={rows} />
        </>
      )}
    </>
  );
}
