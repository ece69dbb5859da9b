// `data:extract --write`: the accepted candidates of a document turned into a curation update,
// each by candidateEntry as /curate does. An indicator match becomes an observation, a series
// match the year's target or actual (a year the series lacks is added), an unmatched candidate the
// listed plan's new indicator. What cannot become an entry is reported by candidate number, field
// and why; a target data/ already holds is said to be there. Pure: the CLI reads and writes.
import type { Source } from '../dataset/schema.ts';
import type { Dataset } from '../dataset/validate-dataset.ts';
import { CURATION_FORMAT, type CurationEntry, type CurationUpdate } from './update-file.ts';
import type { Candidate } from './candidate.ts';
import { candidateEntry, type EntryTarget } from './candidate-entry.ts';
import { parseMatch } from './match.ts';

/** A candidate as the human output numbers it (1-based). */
export interface NumberedCandidate {
  number: number;
  candidate: Candidate;
}

export interface CandidateReport {
  number: number;
  field: string;
  why: string;
}

export interface ExtractEntries {
  entries: CurationEntry[];
  /** numbers[i]: the candidate entries[i] came from. */
  numbers: number[];
  reports: CandidateReport[];
  /** Candidates data/ holds already in a form no entry can restate (an indicator's target). */
  already: { number: number; what: string }[];
}

/** The candidates --write takes: those listed by --only, else every matched one. */
export function acceptedCandidates(
  candidates: readonly Candidate[],
  only: readonly number[] | null,
): NumberedCandidate[] {
  const numbered = candidates.map((candidate, i) => ({ number: i + 1, candidate }));
  return only
    ? numbered.filter((n) => only.includes(n.number))
    : numbered.filter((n) => n.candidate.match !== 'new');
}

const yearOf = (date: string) => Number(date.slice(0, 4));

function seriesDirection(dataset: Dataset, target: EntryTarget): string | null {
  if (target.kind !== 'series') return null;
  return dataset.series.find((s) => s.id === target.series)?.direction ?? null;
}

/** Turns the accepted candidates into entries citing `source` for plan `plan`. */
export function extractEntries(
  accepted: readonly NumberedCandidate[],
  { plan, source, dataset }: { plan: string; source: string; dataset: Dataset },
): ExtractEntries {
  const out: ExtractEntries = { entries: [], numbers: [], reports: [], already: [] };
  const planFile = dataset.plans.find((p) => p.plan.id === plan);
  for (const { number, candidate: c } of accepted) {
    const report = (field: string, why: string) => out.reports.push({ number, field, why });
    const match = parseMatch(c.match);
    if (c.kind === 'figure' && match) {
      report(
        'kind',
        'a context figure is neither a target nor an actual: nothing of it is written',
      );
      continue;
    }
    let target: EntryTarget;
    if (!match) target = { kind: 'new-indicator', plan };
    else if (match.kind === 'indicator') {
      const owner = dataset.plans.find((p) => p.indicators.some((i) => i.id === match.id));
      const indicator = owner?.indicators.find((i) => i.id === match.id);
      if (!owner || !indicator) {
        report('match', `no indicator "${match.id}" in data/`);
        continue;
      }
      if (c.kind === 'target') {
        // An indicator has one target, set when it was added; the update file cannot restate it.
        const had = indicator.target;
        if (had.value === c.value)
          out.already.push({
            number,
            what: `${match.id} target ${had.value} (cited from ${had.citation.source})`,
          });
        else
          report(
            'value',
            `${match.id}'s target is ${had.value} (source ${had.citation.source}), not ${c.value}: a published target is corrected by a maintainer in data/`,
          );
        continue;
      }
      target = { kind: 'indicator', plan: owner.plan.id, indicator: match.id, as: 'observation' };
    } else {
      const series = dataset.series.find((s) => s.id === match.id);
      const had = series?.years.find((y) => y.year === match.year);
      // The listed plan sets this year's target when the year is within its period and no other
      // plan already does.
      const inPeriod =
        planFile &&
        match.year >= yearOf(planFile.plan.period.start) &&
        match.year <= yearOf(planFile.plan.period.end);
      const setBy = c.kind === 'target' && inPeriod && (!had?.plan || had.plan === plan);
      target = { kind: 'series', series: match.id, year: match.year, ...(setBy ? { plan } : {}) };
    }
    // A series target the sentence states without 不少于/不超过 ("计划新开工300个") is met the
    // way the series runs: its direction is data/'s, not a guess, and data:check reads the quote.
    const direction = seriesDirection(dataset, target);
    const comparator =
      c.comparator ?? (direction ? (direction === 'decrease' ? 'lte' : 'gte') : null);
    const made = candidateEntry({ candidate: { ...c, comparator }, source, target });
    if (made.ok) {
      out.entries.push(made.entry);
      out.numbers.push(number);
    } else for (const m of made.missing) report(m.field, `needs ${m.what.en}`);
  }
  return out;
}

/** The update file data:import would read for these entries and the new source, if any. */
export function extractUpdate(
  entries: CurationEntry[],
  newSource: Source | null,
  { baseDataset, madeAt }: { baseDataset: string; madeAt: string },
): CurationUpdate {
  return {
    format: CURATION_FORMAT,
    baseDataset,
    madeAt,
    sources: newSource ? [newSource] : [],
    entries,
  };
}
