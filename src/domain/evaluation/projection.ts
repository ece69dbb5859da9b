// Where the current pace leads by the deadline, and the pace the target now requires.
import type { Direction } from '../dataset/vocabulary.ts';
import type { Basis, DatedValue } from './basis.ts';
import { DAYS_PER_YEAR, MONTHS_PER_YEAR, daysBetween } from './dates.ts';

export type Projection = { linear: number | null; compound: number | null };
export type Pace = { perYear: number; perMonth: number };

/** The baseline point (unless a report shares its date) plus the reports, oldest first. */
export function projectionPoints(basis: Pick<Basis, 'baseline' | 'observations'>): DatedValue[] {
  const points: DatedValue[] = basis.observations.map((o) => ({ date: o.date, value: o.value }));
  const { baseline } = basis;
  if (baseline && !points.some((p) => p.date === baseline.date)) points.push(baseline);
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** First and latest points when they lie on different days; a pace needs both. */
function span(
  points: readonly DatedValue[],
): { first: DatedValue; last: DatedValue; days: number } | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const days = daysBetween(first.date, last.date);
  return days > 0 ? { first, last, days } : null;
}

/** Average change per day between the first and the latest point. */
export function linearPacePerDay(points: readonly DatedValue[]): number | null {
  const s = span(points);
  return s ? (s.last.value - s.first.value) / s.days : null;
}

/** The latest value carried to the deadline at the first-to-latest average pace. */
export function projectLinear(points: readonly DatedValue[], deadline: string): number | null {
  const s = span(points);
  const pace = linearPacePerDay(points);
  if (!s || pace === null) return null;
  return s.last.value + pace * daysBetween(s.last.date, deadline);
}

/** The latest value carried to the deadline at the first-to-latest constant growth rate (UN ESCAP). */
export function projectCompound(points: readonly DatedValue[], deadline: string): number | null {
  const s = span(points);
  if (!s || s.first.value <= 0 || s.last.value <= 0) return null;
  const growth = s.last.value / s.first.value;
  return s.last.value * growth ** (daysBetween(s.last.date, deadline) / s.days);
}

/** Shortfall at the deadline (positive = short of target) for either direction. */
export function gapAtDeadline(
  direction: Direction,
  target: number,
  projected: number | null,
): number | null {
  if (projected === null) return null;
  return direction === 'increase' ? target - projected : projected - target;
}

/** Change per year and per month needed from latest to reach target in the time left after asOf. */
export function requiredPace(
  latest: number,
  target: number,
  asOf: string,
  deadline: string,
): Pace | null {
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft <= 0) return null;
  const perYear = ((target - latest) / daysLeft) * DAYS_PER_YEAR;
  return { perYear, perMonth: perYear / MONTHS_PER_YEAR };
}

/** Projections to the deadline from the points visible in basis. */
export function projectionOf(basis: Basis): Projection {
  const points = projectionPoints(basis);
  return {
    linear: projectLinear(points, basis.deadline),
    compound: projectCompound(points, basis.deadline),
  };
}
