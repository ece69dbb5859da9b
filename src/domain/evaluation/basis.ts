// What the method measures from, as of a date: the visible observations, the effective
// baseline and the straight path's start and end (the product brief, ../shared/DESIGN.md, "Progress and status").
import type { Indicator, Observation, Plan } from '../dataset/schema.ts';

/** A value on a day: a baseline, an observation or a projected point. */
export type DatedValue = { date: string; value: number };

export type Basis = {
  /** Observations dated on or before asOf, in date order. */
  observations: Observation[];
  latest: Observation | null;
  /** Null means progress is latest / target (or cannot be computed, for decreases). */
  baseline: DatedValue | null;
  startDate: string;
  deadline: string;
};

/** Observations dated on or before asOf, oldest first, so a past view never sees later reports. */
export function observationsAsOf(indicator: Indicator, asOf: string): Observation[] {
  return indicator.observations
    .filter((o) => o.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The baseline progress is measured from; null when the method has none to use. */
export function effectiveBaseline(
  indicator: Indicator,
  plan: Plan,
  observations: readonly Observation[],
): DatedValue | null {
  if (indicator.baseline) return { date: indicator.baseline.date, value: indicator.baseline.value };
  if (indicator.direction === 'increase') {
    // A count that accumulates within the period starts from zero at the period start.
    return indicator.cumulative === true ? { date: plan.period.start, value: 0 } : null;
  }
  // A decrease without a stated baseline is measured from its first report, once a second
  // report shows movement; the path then starts on that report's date, not the period start.
  const first = observations[0];
  return observations.length >= 2 && first ? { date: first.date, value: first.value } : null;
}

/** Everything the progress, status and projection maths need for one indicator as of a date. */
export function resolveBasis(indicator: Indicator, plan: Plan, asOf: string): Basis {
  const observations = observationsAsOf(indicator, asOf);
  const baseline = effectiveBaseline(indicator, plan, observations);
  return {
    observations,
    latest: observations.at(-1) ?? null,
    baseline,
    startDate: baseline?.date ?? plan.period.start,
    deadline: indicator.target.deadline,
  };
}
