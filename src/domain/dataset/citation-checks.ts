// The one rule of the dataset, checked: every number cites a listed source whose quote states it.
import type { Citation, Indicator, Unit } from './schema.ts';
import { extractQuantities, quoteStatesValue, sameNumber } from './quote-numbers.ts';

/** A number in data/ with the citation that must state it; `field` is where it sits. */
export interface NumberedCitation {
  field: string;
  value: number;
  unit: Unit;
  citation: Citation;
}

type Push = (field: string, message: string) => void;

/** Every figure an indicator carries, with the citation that must state it. */
export function indicatorCitations(indicator: Indicator): NumberedCitation[] {
  const { unit, target, baseline, observations, references = [] } = indicator;
  return [
    { field: 'target', value: target.value, unit, citation: target.citation },
    ...(baseline
      ? [{ field: 'baseline', value: baseline.value, unit, citation: baseline.citation }]
      : []),
    ...observations.map((o, i) => ({
      field: `observations[${i}]`,
      value: o.value,
      unit,
      citation: o.citation,
    })),
    ...references.map((r, i) => ({
      field: `references[${i}]`,
      value: r.value,
      unit: r.unit,
      citation: r.citation,
    })),
  ];
}

/**
 * Reports an unknown source and a quote that does not state the value. `sourceIds` is null
 * when sources.json itself is broken: then every source would look unknown, so none is reported.
 */
export function checkCitation(
  { field, value, unit, citation }: NumberedCitation,
  sourceIds: Set<string> | null,
  dir: string,
  push: Push,
): void {
  const prefix = field ? `${field}.` : '';
  if (sourceIds && !sourceIds.has(citation.source))
    push(`${prefix}citation.source`, unknownSource(citation.source, dir));
  if (!quoteStatesValue(citation.quote, value, unit))
    push(`${prefix}citation.quote`, quoteMismatch(citation.quote, value, unit));
}

export function unknownSource(id: string, dir: string): string {
  return `unknown source "${id}": add it to ${dir}/sources.json or fix the id`;
}

function quoteMismatch(quote: string, value: number, unit: Unit): string {
  const shown = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
  const found = extractQuantities(quote);
  // The two likeliest curation slips get a hint: a figure stored in 万, and a count backed by a rate.
  const scaled = found.find(
    (q) => sameNumber(q.value, value * 1e4) || sameNumber(q.value, value * 1e8),
  );
  const hint = scaled
    ? ` (values are stored in full: the quote's figure is ${scaled.value})`
    : unit !== 'percent' && found.some((q) => q.percent && sameNumber(q.value, value))
      ? ' (the quote gives it only as a percentage)'
      : '';
  return `quote "${shown}" does not state ${value}${hint}`;
}
