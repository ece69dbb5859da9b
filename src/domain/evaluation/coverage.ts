// Reporting coverage: how many indicators of each plan have any reported progress yet.
type CoverageRow = { indicator: { id: string; plan: string }; evaluation: { latest: unknown } };

export type PlanCoverage = {
  planId: string;
  total: number;
  reported: number;
  unreportedIds: string[];
};

/** Per plan, in first-seen order: totals, how many have a reported value, and which do not. */
export function coverageByPlan(rows: readonly CoverageRow[]): PlanCoverage[] {
  const byPlan = new Map<string, PlanCoverage>();
  for (const { indicator, evaluation } of rows) {
    const entry = byPlan.get(indicator.plan) ?? {
      planId: indicator.plan,
      total: 0,
      reported: 0,
      unreportedIds: [],
    };
    entry.total += 1;
    if (evaluation.latest === null) entry.unreportedIds.push(indicator.id);
    else entry.reported += 1;
    byPlan.set(indicator.plan, entry);
  }
  return [...byPlan.values()];
}
