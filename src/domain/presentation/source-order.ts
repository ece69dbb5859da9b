// The order a figure's citations are shown and exported in: the most trustworthy kind of
// source first (the publisher's own site, then a news outlet's, then the seed articles, then a
// third-party mirror), the curated order kept within a kind. An internal report, not public,
// and demo data come last.
import type { SourceKind } from '../dataset/vocabulary.ts';

export const TRUST_ORDER = [
  'official',
  'media',
  'seed',
  'repost',
  'internal',
  'simulated',
] as const satisfies readonly SourceKind[];

/** 0 for the most trusted kind; an unknown source (no kind) after every kind. */
export function trustRank(kind: SourceKind | null | undefined): number {
  const rank = kind ? (TRUST_ORDER as readonly SourceKind[]).indexOf(kind) : -1;
  return rank === -1 ? TRUST_ORDER.length : rank;
}

/** `items` best kind first; stable, so items of one kind keep their order. */
export function byTrust<T>(
  items: readonly T[],
  kindOf: (item: T) => SourceKind | null | undefined,
): T[] {
  return items
    .map((item, i) => ({ item, i, rank: trustRank(kindOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ item }) => item);
}

/** A figure's citations, best kind of source first (see byTrust). */
export function citationsByTrust<C extends { source: string }>(
  citations: readonly C[],
  sources: ReadonlyMap<string, { kind: SourceKind }>,
): C[] {
  return byTrust(citations, (c) => sources.get(c.source)?.kind);
}
