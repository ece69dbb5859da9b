// Which indicators a view shows: pure, so the overview, exports and benchmarks agree.
import type { Category, Indicator } from '../dataset/schema.ts';
import type { Status } from './status.ts';
import { hasStatus, type HasVerdicts } from './verdict.ts';

export type IndicatorFilters = {
  plan: string | null;
  category: Category | null;
  status: Status | null;
  q: string;
};

type Filterable = { indicator: Indicator; evaluation: HasVerdicts };

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** True when the search text appears in one of the texts (an empty search matches all). */
export function matchesText(texts: readonly string[], q: string): boolean {
  const needle = normalize(q);
  if (!needle) return true;
  return texts.some((hay) => normalize(hay).includes(needle));
}

/** True when the search text appears in the Chinese or English name (or the id). */
export function matchesSearch(indicator: Indicator, q: string): boolean {
  return matchesText([indicator.name.zh, indicator.name.en, indicator.id], q);
}

/** Keeps the rows that pass every active filter; inactive filters (null / '') pass all. */
export function filterRows<Row extends Filterable>(
  rows: readonly Row[],
  filters: IndicatorFilters,
): Row[] {
  return rows.filter(
    ({ indicator, evaluation }) =>
      (filters.plan === null || indicator.plan === filters.plan) &&
      (filters.category === null || indicator.category === filters.category) &&
      (filters.status === null || hasStatus(evaluation, filters.status)) &&
      matchesSearch(indicator, filters.q),
  );
}
