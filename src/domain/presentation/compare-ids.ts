// The ids /compare keeps in its URL: a bare id names an indicator (as links made before series
// could be compared do), "series:<id>" names an annual-target series, so the two never collide.
import { isId } from '../dataset/vocabulary.ts';

export const SERIES_PREFIX = 'series:';

export type CompareRef = { kind: 'indicator' | 'series'; id: string };

/** "series:new-urban-jobs" → a series, "union-coverage-rate" → an indicator; null if malformed. */
export function parseCompareId(raw: string): CompareRef | null {
  const series = raw.startsWith(SERIES_PREFIX);
  const id = series ? raw.slice(SERIES_PREFIX.length) : raw;
  if (!isId(id)) return null;
  return { kind: series ? 'series' : 'indicator', id };
}

/** The URL id of a series on /compare. */
export const seriesCompareId = (seriesId: string): string => `${SERIES_PREFIX}${seriesId}`;

/** The series ids among the compared ids, in their order. */
export function comparedSeriesIds(ids: readonly string[]): string[] {
  return ids.flatMap((raw) => {
    const ref = parseCompareId(raw);
    return ref?.kind === 'series' ? [ref.id] : [];
  });
}
