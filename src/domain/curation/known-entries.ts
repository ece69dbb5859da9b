// The indicators and series years of the dataset as the app holds it (the API's catalog and
// indicators), for matching a candidate and for the page's choice of where it belongs. The CLI
// reads the same from data/'s files.
import type { Catalog, Indicator } from '../dataset/schema.ts';
import type { KnownEntry } from './match.ts';

export function knownEntriesFromApi(
  catalog: Pick<Catalog, 'series'>,
  indicators: readonly Indicator[],
): KnownEntry[] {
  const ofIndicators = indicators.map((i): KnownEntry => ({
    ref: `indicator:${i.id}`,
    name: i.name.zh,
    unit: i.unit,
    measure: i.measure?.zh ?? null,
    year: Number(i.target.deadline.slice(0, 4)),
  }));
  const ofSeries = catalog.series.flatMap((s) =>
    s.years.map((y): KnownEntry => ({
      ref: `series:${s.id}:${y.year}`,
      name: s.name.zh,
      unit: s.unit,
      measure: s.measure?.zh ?? null,
      year: y.year,
    })),
  );
  return [...ofIndicators, ...ofSeries];
}

export type ParsedRef =
  | { kind: 'indicator'; id: string }
  | { kind: 'series'; id: string; year: number }
  | { kind: 'new' };

/** `indicator:<id>` / `series:<id>:<year>` / anything else ("new"). */
export function parseRef(ref: string): ParsedRef {
  const indicator = /^indicator:([a-z0-9-]+)$/.exec(ref);
  if (indicator) return { kind: 'indicator', id: indicator[1]! };
  const series = /^series:([a-z0-9-]+):(\d{4})$/.exec(ref);
  if (series) return { kind: 'series', id: series[1]!, year: Number(series[2]) };
  return { kind: 'new' };
}
