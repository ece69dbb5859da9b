// Every indicator and series of a catalog, evaluated as they could be read on one day: the one
// join of plans, indicators and sources that every view and export uses.
import type { Catalog, Indicator, Plan } from '../dataset/schema.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { indicatorKnownOn, planKnownOn } from './known-as-of.ts';
import { evaluateSeries, sourceDates } from './series-evaluate.ts';
import type { EvaluatedSeries } from './series-view.ts';

/** An indicator with its plan and its evaluation as of a day: what every view renders. */
export type EvaluatedIndicator = { indicator: Indicator; plan: Plan; evaluation: Evaluation };

type SourceDates = ReadonlyMap<string, string>;

/**
 * One indicator as it stood on asOf, or null while its plan was not yet published; it keeps
 * only the reports and references whose sources were out by then.
 */
export function evaluateKnown(
  listed: Indicator,
  plan: Plan,
  dates: SourceDates,
  asOf: string,
): EvaluatedIndicator | null {
  if (!planKnownOn(plan, asOf)) return null;
  const indicator = indicatorKnownOn(listed, dates, asOf);
  return { indicator, plan, evaluation: evaluate(indicator, plan, asOf) };
}

/** Every indicator as it stood on asOf (see evaluateKnown). */
export function evaluateAll(
  catalog: Catalog,
  indicators: readonly Indicator[],
  asOf: string,
): EvaluatedIndicator[] {
  const plans = new Map(catalog.plans.map((plan) => [plan.id, plan]));
  const dates = sourceDates(catalog.sources);
  return indicators.flatMap((listed) => {
    const plan = plans.get(listed.plan);
    const row = plan ? evaluateKnown(listed, plan, dates, asOf) : null;
    return row ? [row] : [];
  });
}

/** Every series as it stood on asOf; a series with nothing published by then is left out. */
export function evaluateAllSeries(catalog: Catalog, asOf: string): EvaluatedSeries[] {
  const dates = sourceDates(catalog.sources);
  return catalog.series.flatMap((series) => {
    const evaluation = evaluateSeries(series, asOf, dates);
    return evaluation.years.length > 0 ? [{ series, evaluation }] : [];
  });
}
