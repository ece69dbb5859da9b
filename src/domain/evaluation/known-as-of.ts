// What was public on a day: a plan's targets from its publication date, every other number from
// the date of the source that reports it. The date a figure refers to only places it on the chart.
import type { Indicator, Plan } from '../dataset/schema.ts';

type SourceDates = ReadonlyMap<string, string>;

/** True when the source had been published by asOf (an unknown source cannot hide a figure). */
export const publishedBy = (source: string, dates: SourceDates, asOf: string): boolean =>
  (dates.get(source) ?? '') <= asOf;

/** True once the plan that sets the targets had been published. */
export const planKnownOn = (plan: Pick<Plan, 'published'>, asOf: string): boolean =>
  plan.published <= asOf;

/** The indicator as it could be read on asOf: reports and references published by then. */
export function indicatorKnownOn(
  indicator: Indicator,
  dates: SourceDates,
  asOf: string,
): Indicator {
  const observations = indicator.observations.filter((o) =>
    publishedBy(o.citation.source, dates, asOf),
  );
  const references = indicator.references?.filter(
    (r) => publishedBy(r.citation.source, dates, asOf) && r.date <= asOf,
  );
  if (
    observations.length === indicator.observations.length &&
    references?.length === indicator.references?.length
  )
    return indicator;
  return { ...indicator, observations, ...(references ? { references } : {}) };
}
