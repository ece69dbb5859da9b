// Simulated monthly progress for one indicator, shaped so the app's own status method
// (src/domain) grades it as the scenario intends.
import { effectiveBaseline } from '../../src/domain/evaluation/basis';
import { expectedProgressAt, progressOf } from '../../src/domain/evaluation/progress';
import { addDays } from '../../src/domain/evaluation/dates';
import type { Indicator, Observation, Plan } from '../../src/domain/dataset/schema';
import { statusOf, type Status } from '../../src/domain/evaluation/status';
import type { Random } from './prng';
import { monthEnds, roundFor, simulatedCitation } from './units';

export type Scenario = Status;

type Band = readonly [number, number];
/** Progress at the latest report as a multiple of what the straight path expects by then. */
const RATIO_BANDS: Partial<Record<Scenario, Band>> = {
  on_track: [0.97, 1.1],
  at_risk: [0.76, 0.84],
  off_track: [0.3, 0.6],
  // Reports that stopped half a year before the deadline, about on pace when they stopped.
  due_no_result: [0.85, 1],
};
/** A "due, no result published" path: its last report is this long before the deadline. */
const SILENT_BEFORE_DEADLINE_DAYS = 183;
/** Progress at the latest report, as a share of the way to the target. */
const FINAL_BANDS: Partial<Record<Scenario, Band>> = { achieved: [1, 1.06], missed: [0.55, 0.9] };
/** Below the target, so a fast on-track path is not graded "achieved". */
const BELOW_TARGET = 0.97;

/**
 * The indicator with a simulated baseline where the method needs one: a rate or stock that
 * starts from nothing would make any level look like fast progress.
 */
export function withAnchor(indicator: Indicator, plan: Plan, random: Random): Indicator {
  const { unit, direction, target } = indicator;
  if (indicator.baseline) return indicator;
  if (direction === 'increase' && indicator.cumulative === true) return indicator;
  if (plan.period.start >= target.deadline) return indicator;
  const factor = direction === 'increase' ? random.between(0.55, 0.8) : random.between(1.25, 1.6);
  const value = roundFor(unit, target.value, target.value * factor);
  if (value === target.value) return indicator;
  const citation = simulatedCitation(unit, value, '基期 ');
  return { ...indicator, baseline: { value, date: plan.period.start, citation } };
}

function statusAt(indicator: Indicator, plan: Plan, today: string): Status {
  const { observations, target, direction } = indicator;
  const latest = observations.at(-1);
  if (!latest) return 'no_data';
  const baseline = effectiveBaseline(indicator, plan, observations);
  return statusOf({
    latestValue: latest.value,
    latestDate: latest.date,
    target: target.value,
    comparator: target.comparator,
    deadline: target.deadline,
    asOf: today,
    progress: progressOf(latest.value, baseline?.value ?? null, target.value, direction),
    expectedAtLatest: expectedProgressAt(
      baseline?.date ?? plan.period.start,
      target.deadline,
      latest.date,
    ),
  });
}

/** The range the latest report's progress must fall in for the scenario's grade. */
function bandFor(scenario: Scenario, expected: number): Band {
  const ratio = RATIO_BANDS[scenario];
  if (ratio) return [ratio[0] * expected, Math.min(BELOW_TARGET, ratio[1] * expected)];
  return FINAL_BANDS[scenario] ?? [0, 0];
}

/** Progress values across the band, from its middle outwards, to try when rounding misleads. */
function candidates([low, high]: Band): number[] {
  const middle = (low + high) / 2;
  return Array.from({ length: 13 }, (_, i) => {
    const offset = (Math.ceil(i / 2) / 12) * (high - low);
    return i % 2 === 0 ? middle + offset : middle - offset;
  });
}

/** Monthly observations from the start of the path to today (or the deadline), per scenario. */
export function simulateSeries(
  anchored: Indicator,
  plan: Plan,
  scenario: Scenario,
  random: Random,
  today: string,
): Observation[] {
  const { unit, target, direction } = anchored;
  const start = anchored.baseline ?? { date: plan.period.start, value: 0 };
  const end =
    scenario === 'due_no_result'
      ? addDays(target.deadline, -SILENT_BEFORE_DEADLINE_DAYS)
      : target.deadline;
  const until = today < end ? today : end;
  const dates = monthEnds(start.date, until);
  // A closed target's result is the report at its deadline: end the path there.
  if (until === target.deadline && dates.length > 0 && dates.at(-1)! < target.deadline)
    dates.push(target.deadline);
  if (scenario === 'no_data' || dates.length === 0 || start.value === target.value) return [];
  const elapsed = dates.map((d) => expectedProgressAt(start.date, target.deadline, d));
  const expectedAtLatest = elapsed.at(-1)!;
  const band = bandFor(scenario, expectedAtLatest);
  const finalProgress = random.between(band[0], band[1]);
  const shape = random.between(0.75, 1.35);
  // Counts and accumulating figures never fall; rates and levels may wobble a little.
  const monotone = unit === 'count' || anchored.cumulative === true;
  let highest = -Infinity;
  const progress = elapsed.map((share, i) => {
    const last = i === elapsed.length - 1;
    const smooth = finalProgress * (share / expectedAtLatest) ** shape;
    const noisy = last
      ? finalProgress
      : Math.min(finalProgress, smooth * random.between(0.96, 1.04));
    highest = Math.max(highest, noisy);
    return monotone ? highest : noisy;
  });
  const valueAt = (p: number) =>
    roundFor(unit, target.value, start.value + p * (target.value - start.value));
  const observations: Observation[] = dates.map((date, i) => {
    const value = valueAt(progress[i]!);
    return { date, value, citation: simulatedCitation(unit, value) };
  });
  // Rounding small targets can tip the grade; nudge the latest report back into its band.
  if (statusAt({ ...anchored, observations }, plan, today) !== scenario) {
    const previous = observations.at(-2)?.value;
    for (const p of candidates(band)) {
      const value = valueAt(p);
      const falls =
        previous !== undefined && (direction === 'increase' ? value < previous : value > previous);
      if (monotone && falls) continue;
      const latest = { ...observations.at(-1)!, value, citation: simulatedCitation(unit, value) };
      const trial = [...observations.slice(0, -1), latest];
      if (statusAt({ ...anchored, observations: trial }, plan, today) === scenario) return trial;
    }
  }
  return observations;
}
