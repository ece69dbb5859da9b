// The one rule of the dataset, checked: every number cites a listed source whose quote states
// it, and means it (unit, measure word, comparator, deadline, which figure; see quote-meaning.ts).
import type { Comparator } from './vocabulary.ts';
import type { Citation, Indicator, Measure, Unit } from './schema.ts';
import { readQuote } from './quote-meaning.ts';

/** A number in data/ with the citation that must state it; `field` is where it sits. */
export interface NumberedCitation {
  field: string;
  value: number;
  unit: Unit;
  citation: Citation;
  /** The counter word of a count and its synonyms. */
  measure?: Measure;
  /** Set for targets only: the quote's comparator words and deadline year are read too. */
  comparator?: Comparator;
  deadlineYear?: number;
}

type Push = (field: string, message: string, code?: string) => void;

/** The listed sources, each id with its date (YYYY-MM-DD): 年内 in a target's quote is its year. */
export type SourceDates = ReadonlyMap<string, string>;

/** Every figure an indicator carries, with the citation that must state it. */
export function indicatorCitations(indicator: Indicator): NumberedCitation[] {
  const { unit, target, baseline, observations, references = [], measure } = indicator;
  return [
    {
      field: 'target',
      value: target.value,
      unit,
      measure,
      citation: target.citation,
      comparator: target.comparator,
      deadlineYear: Number(target.deadline.slice(0, 4)),
    },
    ...(baseline
      ? [{ field: 'baseline', value: baseline.value, unit, measure, citation: baseline.citation }]
      : []),
    ...observations.map((o, i) => ({
      field: `observations[${i}]`,
      value: o.value,
      unit,
      measure,
      citation: o.citation,
    })),
    ...references.map((r, i) => ({
      field: `references[${i}]`,
      value: r.value,
      unit: r.unit,
      measure,
      citation: r.citation,
    })),
  ];
}

/**
 * Reports an unknown source and a quote that does not back the value. `sourceIds` is null
 * when sources.json itself is broken: then every source would look unknown, so none is reported.
 */
export function checkCitation(
  { field, value, unit, citation, measure, comparator, deadlineYear }: NumberedCitation,
  sourceIds: SourceDates | null,
  dir: string,
  push: Push,
): void {
  const prefix = field ? `${field}.` : '';
  if (sourceIds && !sourceIds.has(citation.source))
    push(`${prefix}citation.source`, unknownSource(citation.source, dir), 'unknown-source');
  const reading = readQuote(citation.quote, {
    value,
    unit,
    measureWords: measure ? [measure.zh, ...(measure.synonyms ?? [])] : undefined,
    comparator,
    deadlineYear,
    sourceYear: sourceYearOf(sourceIds?.get(citation.source)),
    quoteKey: citation.quoteKey,
  });
  if (!reading.ok)
    push(
      `${prefix}citation.${reading.rule.startsWith('quote-key') ? 'quoteKey' : 'quote'}`,
      reading.message,
      reading.rule,
    );
}

export function unknownSource(id: string, dir: string): string {
  return `unknown source "${id}": add it to ${dir}/sources.json or fix the id`;
}

const sourceYearOf = (date: string | undefined): number | undefined =>
  date ? Number(date.slice(0, 4)) : undefined;
