// One flat line per evaluated indicator: what spreadsheets, the briefing and snapshot
// comparisons print. Pure, so every export agrees on the same numbers.
import type { Localized, Unit } from '../dataset/schema';
import type { Comparator } from '../dataset/vocabulary';
import type { EvaluatedIndicator } from './evaluate-all';
import type { Status } from './status';

export type IndicatorSummary = {
  id: string;
  planId: string;
  name: Localized;
  unit: Unit;
  measure?: Localized;
  baselineValue: number | null;
  comparator: Comparator;
  targetValue: number;
  deadline: string;
  latestValue: number | null;
  latestDate: string | null;
  /** progress × 100, rounded to one decimal; null without a reported value. */
  progressPct: number | null;
  expectedPct: number;
  status: Status;
};

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The figures of one indicator as they stood on its evaluation's as-of date. */
export function summarizeIndicator({
  indicator,
  evaluation,
}: EvaluatedIndicator): IndicatorSummary {
  return {
    id: indicator.id,
    planId: indicator.plan,
    name: indicator.name,
    unit: indicator.unit,
    ...(indicator.measure ? { measure: indicator.measure } : {}),
    baselineValue: evaluation.baselineValue,
    comparator: indicator.target.comparator,
    targetValue: indicator.target.value,
    deadline: indicator.target.deadline,
    latestValue: evaluation.latest?.value ?? null,
    latestDate: evaluation.latest?.date ?? null,
    progressPct: evaluation.progress === null ? null : oneDecimal(evaluation.progress * 100),
    expectedPct: oneDecimal(evaluation.expectedProgress * 100),
    status: evaluation.status,
  };
}

const UNIT_TEXT: Record<Exclude<Unit, 'count'>, Localized> = {
  percent: { zh: '%', en: '%' },
  days: { zh: '天', en: 'days' },
  ug_m3: { zh: 'μg/m³', en: 'μg/m³' },
};

/** The unit as a spreadsheet column prints it: "%", "天", or the counter word ("家"). */
export function unitText(unit: Unit, lang: 'zh' | 'en', measure?: Localized): string {
  if (unit === 'count') return measure?.[lang] ?? '';
  return UNIT_TEXT[unit][lang];
}
