// The indicators and series of the dataset as the app holds it (the API's catalog and
// indicators), for matching a candidate and for the page's choice of where it belongs: the same
// entries the CLI builds from data/'s files (match.ts's knownEntries).
import type { Catalog, Indicator } from '../dataset/schema.ts';
import { knownEntries, parseMatch, type KnownEntry } from './match.ts';

export function knownEntriesFromApi(
  catalog: Pick<Catalog, 'plans' | 'series'>,
  indicators: readonly Indicator[],
): KnownEntry[] {
  const plans = catalog.plans.map((plan) => ({
    plan,
    indicators: indicators.filter((i) => i.plan === plan.id),
  }));
  return knownEntries({ plans, series: catalog.series });
}

export type ParsedRef =
  | { kind: 'indicator'; id: string }
  | { kind: 'series'; id: string; year: number }
  | { kind: 'new' };

/** `indicator:<id>` / `series:<id>:<year>` / anything else ("new"). */
export const parseRef = (ref: string): ParsedRef => parseMatch(ref) ?? { kind: 'new' };
