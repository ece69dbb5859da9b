// Demo mode's annual-target series: the REAL series and their targets, with every result
// simulated — each past year with a target gets an actual that meets or misses it (about three
// in four met), real actuals and stated verdicts are replaced, and the year in progress gets
// month-end year-to-date reports when its figure counts up during the year.
import type { Series, SeriesYear } from '../../src/domain/dataset/schema';
import type { Random } from './prng';
import { monthEnds, roundFor, simulatedCitation } from './units';

const MET_SHARE = 0.75;

function simulatedActual(series: Series, entry: SeriesYear, random: Random) {
  const target = entry.target!;
  const met = random.next() < MET_SHARE;
  const increase = target.comparator === 'gte';
  // Met: up to 15% better than the target; missed: 5–25% worse.
  const factor = met
    ? 1 + random.between(0, 0.15) * (increase ? 1 : -1)
    : 1 - random.between(0.05, 0.25) * (increase ? 1 : -1);
  const value = roundFor(series.unit, target.value, target.value * factor);
  const stillMet = increase ? value >= target.value : value <= target.value;
  // Rounding may carry a near-miss over the line; nudge it back to the intended side.
  const step = series.unit === 'count' ? 1 : 0.1;
  const fixed = stillMet === met ? value : increase ? target.value - step : target.value + step;
  return {
    value: fixed,
    date: `${entry.year}-12-31`,
    citations: [simulatedCitation(series.unit, fixed)],
  };
}

/** The year in progress runs at a share of the straight path that grades as intended. */
export const IN_YEAR_PACE = {
  on_track: [0.97, 1.1],
  at_risk: [0.76, 0.84],
  off_track: [0.3, 0.6],
} as const;
export type InYearScenario = keyof typeof IN_YEAR_PACE;

function inYearReports(
  series: Series,
  entry: SeriesYear,
  random: Random,
  today: string,
  scenario: InYearScenario,
) {
  if (series.cumulative !== true || !entry.target) return [];
  const [low, high] = IN_YEAR_PACE[scenario];
  const pace = random.between(low, high); // share of the straight path reached
  const dates = monthEnds(`${entry.year}-01-01`, today);
  return dates.map((date, i) => {
    const share = ((i + 1) / 12) * pace;
    const value = roundFor(series.unit, entry.target!.value, entry.target!.value * share);
    return { date, value, citation: simulatedCitation(series.unit, value, '年内累计 ') };
  });
}

/** The year without its real results: in demo mode every result is simulated. */
function withoutResults(entry: SeriesYear): SeriesYear {
  const copy = { ...entry };
  delete copy.actual;
  delete copy.verdict;
  delete copy.reports;
  return copy;
}

/** One series with simulated results for `today`; targets and their quotes stay real. */
export function simulateAnnualSeries(
  series: Series,
  random: Random,
  today: string,
  scenario: InYearScenario,
): Series {
  const thisYear = Number(today.slice(0, 4));
  const years = series.years.flatMap((entry): SeriesYear[] => {
    const rest = withoutResults(entry);
    if (!entry.target) return [];
    if (entry.year < thisYear) return [{ ...rest, actual: simulatedActual(series, entry, random) }];
    if (entry.year === thisYear) {
      const reports = inYearReports(series, entry, random, today, scenario);
      return [reports.length > 0 ? { ...rest, reports } : rest];
    }
    return [rest];
  });
  return { ...series, years };
}
