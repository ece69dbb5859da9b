// One indicator, fully evaluated as of a date: the single source the views render from.
import { resolveBasis } from './basis.ts';
import { DAYS_PER_YEAR, daysBetween } from './dates.ts';
import { expectedProgressAt, progressOf } from './progress.ts';
import { expectedPathOf, type ExpectedPath } from './expected-path.ts';
import {
  gapAtDeadline,
  linearPacePerDay,
  projectionOf,
  projectionPoints,
  requiredPace,
} from './projection.ts';
import type { Projection } from './projection.ts';
import type { Indicator, Observation, Plan } from '../dataset/schema.ts';
import { meetsTarget, statusOf } from './status.ts';
import type { Status } from './status.ts';
import { verdictOf, type Verdict } from './verdict.ts';

export type Evaluation = {
  indicatorId: string;
  asOf: string;
  latest: { date: string; value: number } | null;
  observationsAsOf: Observation[];
  baselineValue: number | null;
  startDate: string;
  deadline: string;
  /** Raw, unclamped; the UI clamps for bars. */
  progress: number | null;
  /** Expected progress on the asOf date. */
  expectedProgress: number;
  /** The straight path's two ends, for charts; null where the method draws none. */
  expectedPath: ExpectedPath | null;
  /** Expected progress on the latest observation's date, which status is graded against. */
  expectedAtLatest: number | null;
  status: Status;
  /** The status with the target it judges (its deadline) and its phase: always one. */
  verdicts: [Verdict];
  projection: Projection;
  /** Progress the linear projection would reach by the deadline. */
  projectedProgress: number | null;
  /** Positive = shortfall at the deadline on the linear projection. */
  gapAtDeadline: number | null;
  currentPacePerYear: number | null;
  requiredPacePerYear: number | null;
  requiredPacePerMonth: number | null;
  /** Negative once the deadline has passed. */
  daysToDeadline: number;
};

/** Progress, status, projection and paces of one indicator as they stood on asOf. */
export function evaluate(indicator: Indicator, plan: Plan, asOf: string): Evaluation {
  const basis = resolveBasis(indicator, plan, asOf);
  const { latest, baseline, startDate, deadline } = basis;
  const { value: target, comparator } = indicator.target;
  const { direction } = indicator;
  const baselineValue = baseline?.value ?? null;
  const progress = latest ? progressOf(latest.value, baselineValue, target, direction) : null;
  const expectedAtLatest = latest ? expectedProgressAt(startDate, deadline, latest.date) : null;
  const status = statusOf({
    latestValue: latest?.value ?? null,
    latestDate: latest?.date ?? null,
    target,
    comparator,
    deadline,
    asOf,
    progress,
    expectedAtLatest,
  });
  const projection = projectionOf(basis);
  const pacePerDay = linearPacePerDay(projectionPoints(basis));
  const required =
    latest && !meetsTarget(latest.value, comparator, target)
      ? requiredPace(latest.value, target, asOf, deadline)
      : null;
  return {
    indicatorId: indicator.id,
    asOf,
    latest: latest ? { date: latest.date, value: latest.value } : null,
    observationsAsOf: basis.observations,
    baselineValue,
    startDate,
    deadline,
    progress,
    expectedProgress: expectedProgressAt(startDate, deadline, asOf),
    expectedPath: expectedPathOf(basis, target, direction),
    expectedAtLatest,
    status,
    verdicts: [verdictOf(status, deadline)],
    projection,
    projectedProgress:
      projection.linear === null
        ? null
        : progressOf(projection.linear, baselineValue, target, direction),
    gapAtDeadline: gapAtDeadline(direction, target, projection.linear),
    currentPacePerYear: pacePerDay === null ? null : pacePerDay * DAYS_PER_YEAR,
    requiredPacePerYear: required?.perYear ?? null,
    requiredPacePerMonth: required?.perMonth ?? null,
    daysToDeadline: daysBetween(asOf, deadline),
  };
}
