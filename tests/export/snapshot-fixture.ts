// A sealed snapshot of the real curated data, for the snapshot tests.
import { createSnapshot, type Snapshot } from '../../src/domain/exports/snapshot';
import { withObservations } from '../utils/test-data';

export const SNAPSHOT_OBSERVATIONS: Record<string, [string, number][]> = {
  'worker-innovation-studios': [['2023-06-30', 4200]],
  'union-coverage-rate': [['2024-12-31', 40]],
};

export function makeSnapshot(
  overrides: Partial<Parameters<typeof createSnapshot>[0]> = {},
): Promise<Snapshot> {
  const { catalog, indicators } = withObservations(SNAPSHOT_OBSERVATIONS);
  return createSnapshot({
    createdAt: '2025-01-16T02:03:04.000Z',
    asOf: '2025-01-15',
    simulated: false,
    path: '/',
    view: { plan: null, category: null, status: null, q: '', ids: [] },
    catalog,
    indicators,
    ...overrides,
  });
}

/** The snapshot as a file's text, optionally edited after sealing. */
export async function snapshotText(
  edit?: (json: Record<string, unknown>) => void,
): Promise<string> {
  const json = JSON.parse(JSON.stringify(await makeSnapshot())) as Record<string, unknown>;
  edit?.(json);
  return JSON.stringify(json, null, 1);
}
