// Matches a candidate to the dataset entry it most likely belongs to: same unit, a compatible
// measure word and year, no opposite verb (开工 is never 完工), and the most shared two-character
// words between the entry's name and the candidate's subject and quote (the words before the quote
// in its sentence count half: "完工822部" names the 老楼加装电梯 of the clause before it); else
// "new". Traditional forms are folded first, so 驛站 reads as 驿站.
import { foldQuote } from '../dataset/quote-meaning.ts';
import type { Dataset } from '../dataset/validate-dataset.ts';
import type { Candidate } from './candidate.ts';

export interface KnownEntry {
  kind: 'indicator' | 'series';
  id: string;
  /** An indicator's plan (its entries are written there); absent for a series. */
  plan?: string;
  name: string;
  unit: string;
  /** The measure word and its synonyms; [] when the entry has none. */
  measures: string[];
  /**
   * An indicator: the years its plan runs, from the period's start to the target's deadline (a
   * target must be due in the last, an actual lie within). A series: null, since a series takes
   * any year, including one it does not have yet (new-urban-jobs 2025 beside its 2026).
   */
  years: { first: number; last: number } | null;
}

const MIN_SCORE = 0.34;
/** How much a name word found only in the sentence before the quote counts. */
const CONTEXT_WEIGHT = 0.5;
const CONTEXT_CHARS = 60;

// Starting and finishing works are separate figures (old-compound-starts / -completions).
const START = /新开工|开工|开建|动工/g;
const FINISH = /完工|竣工|建成/g;
type Verb = 'start' | 'finish';

/** The last start or finish verb in the text, or null. */
function lastVerb(text: string): Verb | null {
  let best: { at: number; verb: Verb } | null = null;
  for (const [pattern, verb] of [
    [START, 'start'],
    [FINISH, 'finish'],
  ] as const)
    for (const m of text.matchAll(pattern))
      if (!best || m.index > best.at) best = { at: m.index, verb };
  return best?.verb ?? null;
}

/** The candidate's own verb: its quoteKey's, else its subject's, else the quote's last. */
function candidateVerb(c: Candidate): Verb | null {
  for (const text of [c.quoteKey, c.subject, c.quote])
    if (text) {
      const verb = lastVerb(foldQuote(text));
      if (verb) return verb;
    }
  return null;
}

function bigrams(text: string): Set<string> {
  const chars = [...foldQuote(text).replace(/[\s\d.,，、。%％“”‘’"']/g, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** The words of the candidate's sentence before its quote (at most 60 characters). */
export function contextBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const stop = Math.max(...['。', '！', '？', '\n'].map((p) => before.lastIndexOf(p)));
  return before.slice(stop + 1);
}

function yearFits(c: Candidate, entry: KnownEntry): boolean {
  if (entry.kind === 'series') return c.year !== null; // never an arbitrary year of a series
  if (!entry.years || c.year === null) return true;
  return c.kind === 'target'
    ? c.year === entry.years.last
    : c.year >= entry.years.first && c.year <= entry.years.last;
}

/**
 * The ref of the best-matching entry (`indicator:<id>` or `series:<id>:<year>`), or "new".
 * `context`: the words before the quote in its sentence (contextBefore), when the text is at hand.
 */
export function matchCandidate(
  candidate: Candidate,
  entries: readonly KnownEntry[],
  context = '',
): string {
  const own = bigrams(`${candidate.subject ?? ''}${candidate.quote}`);
  const around = bigrams(context);
  const verb = candidateVerb(candidate);
  let best = { ref: 'new', score: MIN_SCORE };
  // A context figure is neither a target nor an actual of anything the dataset tracks.
  if (candidate.kind === 'figure') return best.ref;
  for (const entry of entries) {
    if (entry.unit !== candidate.unit) continue;
    // A count of something with a measure word is that thing's only when the text counts in it.
    if (entry.measures.length > 0 && !entry.measures.includes(candidate.measure ?? '')) continue;
    if (!yearFits(candidate, entry)) continue;
    // A name that says 开工 or 完工 takes only a candidate that says the same.
    const entryVerb = lastVerb(foldQuote(entry.name));
    if (entryVerb && entryVerb !== verb) continue;
    const name = bigrams(entry.name);
    if (name.size === 0) continue;
    let shared = 0;
    for (const b of name) shared += own.has(b) ? 1 : around.has(b) ? CONTEXT_WEIGHT : 0;
    const score = shared / name.size;
    if (score > best.score)
      best = {
        ref:
          entry.kind === 'series'
            ? `series:${entry.id}:${candidate.year}`
            : `indicator:${entry.id}`,
        score,
      };
  }
  return best.ref;
}

/** The dataset's indicators and series, once each, for matching. */
export function knownEntries(dataset: Pick<Dataset, 'plans' | 'series'>): KnownEntry[] {
  const measures = (m?: { zh: string; synonyms?: string[] }) =>
    m ? [m.zh, ...(m.synonyms ?? [])] : [];
  return [
    ...dataset.plans.flatMap(({ plan, indicators }) =>
      indicators.map((i): KnownEntry => ({
        kind: 'indicator',
        id: i.id,
        plan: plan.id,
        name: i.name.zh,
        unit: i.unit,
        measures: measures(i.measure),
        years: {
          first: Number(plan.period.start.slice(0, 4)),
          last: Number(i.target.deadline.slice(0, 4)),
        },
      })),
    ),
    ...dataset.series.map((s): KnownEntry => ({
      kind: 'series',
      id: s.id,
      name: s.name.zh,
      unit: s.unit,
      measures: measures(s.measure),
      years: null,
    })),
  ];
}

/** A match ref read back: what the candidate was matched to, or null for "new". */
export function parseMatch(
  ref: string,
): { kind: 'indicator'; id: string } | { kind: 'series'; id: string; year: number } | null {
  const indicator = /^indicator:([a-z0-9-]+)$/.exec(ref);
  if (indicator) return { kind: 'indicator', id: indicator[1]! };
  const series = /^series:([a-z0-9-]+):(\d{4})$/.exec(ref);
  if (series) return { kind: 'series', id: series[1]!, year: Number(series[2]) };
  return null;
}
