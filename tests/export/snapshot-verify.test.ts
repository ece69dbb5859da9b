// @vitest-environment node
// Issue 16: a snapshot of real data is checked figure by figure against the archived dataset it
// names; simulated, draft or unknown data is never called verified.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../mocks/demo-data';
import { createSnapshot, type Snapshot } from '../../src/domain/exports/snapshot';
import {
  compareFigures,
  figureRows,
  type FigureRow,
} from '../../src/domain/exports/snapshot-figures';
import {
  isPublished,
  snapshotClaim,
  verdictWithoutArchive,
  verifyAgainst,
} from '../../src/domain/exports/snapshot-verify';
import { readArchive } from '../../scripts/lib/dataset-archive';
import { DEFAULT_DEMO_PARAMS } from '../../src/lib/demo-params';
import { realApiData } from '../utils/real-api';
import type { ApiData } from '../../mocks/api-handlers';

const VIEW = { plan: null, category: null, status: null, q: '', ids: [] };
const snapshotOf = (data: ApiData, simulated = false) =>
  createSnapshot({
    createdAt: '2026-11-24T02:00:00.000Z',
    asOf: '2026-11-24',
    simulated,
    path: '/',
    view: VIEW,
    catalog: data.catalog,
    indicators: data.indicators,
  });

const copy = <T>(value: T): T => structuredClone(value);
const archived = () => {
  const hash = realApiData().catalog.datasetHash;
  const version = readArchive().find((v) => v.hash === hash);
  if (!version) throw new Error('the current dataset is not archived: npm run data:archive');
  return version;
};
const index = () => ({
  format: 'plan-tracker-dataset-figures' as const,
  versions: readArchive().map(({ hash, archivedAt }) => ({ hash, archivedAt })),
});

const row = (over: Partial<FigureRow>): FigureRow => ({
  of: 'indicator',
  id: 'a',
  year: null,
  kind: 'actual',
  value: 1,
  date: '2024-12-31',
  ...over,
});

describe(compareFigures, () => {
  it('finds a changed value, a flipped ≥/≤, a row only one side has, and ignores what the snapshot leaves out', () => {
    const published = [
      row({ kind: 'target', value: 8000, date: '2025-12-31', comparator: 'gte' }),
      row({ value: 4200, date: '2023-06-30' }),
      row({ value: 5000, date: '2024-06-30' }),
      row({ id: 'b', value: 7 }), // not in the snapshot: out of its view, not a difference
    ];
    const snapshot = [
      row({ kind: 'target', value: 8000, date: '2025-12-31', comparator: 'lte' }),
      row({ value: 4300, date: '2023-06-30' }),
      row({ value: 1, date: '2025-06-30' }),
    ];
    expect(compareFigures(snapshot, published)).toEqual([
      expect.objectContaining({
        kind: 'target',
        snapshot: { value: 8000, comparator: 'lte' },
        published: { value: 8000, comparator: 'gte' },
      }),
      expect.objectContaining({
        date: '2023-06-30',
        snapshot: { value: 4300 },
        published: { value: 4200 },
      }),
      expect.objectContaining({ date: '2025-06-30', snapshot: { value: 1 }, published: null }),
      expect.objectContaining({ date: '2024-06-30', snapshot: null, published: { value: 5000 } }),
    ]);
  });

  it('tells two references of the same day apart by their order', () => {
    const two = [row({ kind: 'reference', value: 1 }), row({ kind: 'reference', value: 2 })];
    expect(compareFigures(two, two)).toEqual([]);
    expect(compareFigures([two[0]!], two)).toHaveLength(1);
  });
});

describe('a real-data snapshot against the archive', () => {
  it('is consistent, figure by figure, when nothing was edited', async () => {
    const snapshot = await snapshotOf(realApiData());
    expect(isPublished(index(), snapshotClaim(snapshot).datasetHash)).toBe(true);
    const result = verifyAgainst(snapshot, archived());
    expect(result).toMatchObject({
      state: 'consistent',
      checked: figureRows(snapshot.data).length,
    });
    expect(figureRows(snapshot.data).length).toBeGreaterThan(100);
  });

  it('differs in 1 place when a target was edited (8000 → 9000) and the hash recomputed', async () => {
    const data = copy(realApiData());
    data.indicators.find((i) => i.id === 'worker-innovation-studios')!.target.value = 9000;
    const result = verifyAgainst(await snapshotOf(data), archived());
    expect(result).toMatchObject({
      state: 'differs',
      differences: [
        {
          id: 'worker-innovation-studios',
          kind: 'target',
          snapshot: { value: 9000, comparator: 'gte' },
          published: { value: 8000, comparator: 'gte' },
        },
      ],
    });
  });

  it('lists exactly 3 differences: an edited series actual, a dropped reference, an added observation', async () => {
    const data = copy(realApiData());
    const series = data.catalog.series.find((s) => s.years.some((y) => y.actual))!;
    const year = series.years.find((y) => y.actual)!;
    const published = year.actual!.value;
    year.actual!.value = published + 1;
    const withRef = data.indicators.find((i) => (i.references ?? []).length > 0)!;
    const dropped = withRef.references!.shift()!;
    data.indicators[0]!.observations.push({
      date: '2024-12-31',
      value: 7777,
      citation: { source: data.catalog.sources[0]!.id, quote: '7777' },
    });
    const result = verifyAgainst(await snapshotOf(data), archived());
    expect(result.state).toBe('differs');
    const differences = result.state === 'differs' ? result.differences : [];
    expect(differences).toHaveLength(3);
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          of: 'series',
          id: series.id,
          year: year.year,
          kind: 'actual',
          snapshot: { value: published + 1 },
          published: { value: published },
        }),
        expect.objectContaining({
          id: withRef.id,
          kind: 'reference',
          date: dropped.date,
          snapshot: null,
        }),
        expect.objectContaining({
          id: data.indicators[0]!.id,
          kind: 'actual',
          snapshot: { value: 7777 },
          published: null,
        }),
      ]),
    );
  });

  it('checks only what a filtered snapshot holds: leaving indicators out is no difference', async () => {
    const data = copy(realApiData());
    data.indicators = data.indicators.slice(0, 2);
    data.catalog.series = [];
    data.catalog.figures = [];
    expect(verifyAgainst(await snapshotOf(data), archived())).toMatchObject({
      state: 'consistent',
      checked:
        2 +
        data.indicators.reduce((n, i) => n + (i.references?.length ?? 0) + (i.baseline ? 1 : 0), 0),
    });
  });

  it('calls a dataset version the site never published unknown', async () => {
    const data = copy(realApiData());
    data.catalog.datasetHash = 'f'.repeat(64);
    const snapshot = await snapshotOf(data);
    expect(verdictWithoutArchive(snapshotClaim(snapshot))).toBeNull();
    expect(isPublished(index(), snapshotClaim(snapshot).datasetHash)).toBe(false);
  });

  it('never checks draft data', async () => {
    const data = copy(realApiData());
    data.catalog.datasetHash = 'draft-2026-11-24';
    expect(verdictWithoutArchive(snapshotClaim(await snapshotOf(data)))).toEqual({
      state: 'draft',
    });
  });
});

describe('simulated data is labelled simulated whatever its flag says', () => {
  const demo = () => generateDemoData(realApiData(), DEFAULT_DEMO_PARAMS, '2026-11-24');

  it('a demo snapshot is not verified, and says it is simulated', async () => {
    const snapshot: Snapshot = await snapshotOf(demo(), true);
    expect(verdictWithoutArchive(snapshotClaim(snapshot))).toEqual({
      state: 'simulated',
      flagContradicted: false,
    });
  });

  it('a demo snapshot with its flag flipped to false (and re-hashed) is still simulated', async () => {
    const snapshot = await snapshotOf(demo(), false);
    expect(snapshotClaim(snapshot)).toMatchObject({ simulated: true, flagContradicted: true });
    expect(verdictWithoutArchive(snapshotClaim(snapshot))).toEqual({
      state: 'simulated',
      flagContradicted: true,
    });
  });

  it('a demo snapshot disguised as real (flag off, sources relabelled, real hash) fails the check', async () => {
    const data = demo();
    data.catalog.datasetHash = realApiData().catalog.datasetHash;
    data.catalog.sources = data.catalog.sources.map((s) => ({
      ...s,
      kind: s.kind === 'simulated' ? 'official' : s.kind,
    }));
    const snapshot = await snapshotOf(data, false);
    expect(snapshotClaim(snapshot).simulated).toBe(false);
    const result = verifyAgainst(snapshot, archived());
    expect(result.state).toBe('differs');
    expect(result.state === 'differs' && result.differences.length).toBeGreaterThan(10);
  });
});
