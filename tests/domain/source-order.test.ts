// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../src/domain/dataset/vocabulary';
import { byTrust, citationsByTrust, trustRank } from '../../src/domain/presentation/source-order';

describe(trustRank, () => {
  it('ranks official, media, seed, repost, then internal and simulated, then unknown', () => {
    const kinds: SourceKind[] = ['simulated', 'repost', 'seed', 'internal', 'media', 'official'];
    expect(kinds.map(trustRank)).toEqual([5, 3, 2, 4, 1, 0]);
    expect(trustRank(undefined)).toBe(6);
  });
});

describe(byTrust, () => {
  it('puts the best kind first and keeps the order within a kind', () => {
    const items: [string, SourceKind][] = [
      ['mirror-1', 'repost'],
      ['seed', 'seed'],
      ['paper-1', 'media'],
      ['mirror-2', 'repost'],
      ['gov', 'official'],
      ['paper-2', 'media'],
    ];
    expect(byTrust(items, ([, kind]) => kind).map(([id]) => id)).toEqual([
      'gov',
      'paper-1',
      'paper-2',
      'seed',
      'mirror-1',
      'mirror-2',
    ]);
  });

  it('returns a new list and leaves the given one as it was', () => {
    const items = ['b', 'a'];
    expect(byTrust(items, (x) => (x === 'a' ? 'official' : 'media'))).toEqual(['a', 'b']);
    expect(items).toEqual(['b', 'a']);
  });
});

describe(citationsByTrust, () => {
  const sources = new Map<string, { kind: SourceKind }>([
    ['bjnews', { kind: 'media' }],
    ['seed-001', { kind: 'seed' }],
    ['mirror', { kind: 'repost' }],
    ['fgw', { kind: 'official' }],
  ]);

  it('orders a seed and a newspaper: the newspaper first (old-compound starts, 2023)', () => {
    const cited = [
      { source: 'seed-001', quote: '开工' },
      { source: 'bjnews', quote: '开工' },
    ];
    expect(citationsByTrust(cited, sources).map((c) => c.source)).toEqual(['bjnews', 'seed-001']);
  });

  it('keeps an official target before its mirror, and an unknown source last', () => {
    const cited = [
      { source: 'gone', quote: 'x' },
      { source: 'mirror', quote: '5%' },
      { source: 'fgw', quote: '5%' },
    ];
    expect(citationsByTrust(cited, sources).map((c) => c.source)).toEqual([
      'fgw',
      'mirror',
      'gone',
    ]);
  });
});
