// @vitest-environment node
// A draft shown in the app: the published data plus the report's rows, under a dataset id that
// can never pass for a published version (a snapshot of it says draft, and is not verified).
import { describe, expect, it } from 'vitest';
import { createSnapshot } from '../../src/domain/exports/snapshot';
import { snapshotClaim, verdictWithoutArchive } from '../../src/domain/exports/snapshot-verify';
import type { ReportEntry } from '../../src/domain/reporting/report-types';
import { activate } from '../../src/lib/reporting/draft';
import { realApiData } from '../utils/real-api';

describe('an applied draft', () => {
  it('names itself draft-…, never the published hash, so its snapshots are not verified', async () => {
    const published = realApiData();
    const stored = {
      entries: [] as ReportEntry[],
      baseHash: published.catalog.datasetHash,
      fileName: 'report.xlsx',
      createdAt: '2026-11-24T02:00:00.000Z',
    };
    const draft = activate(stored, published, '2026-11-24');
    expect(draft.catalog.datasetHash).toBe(
      `draft-2026-11-24-${published.catalog.datasetHash.slice(0, 12)}`,
    );
    expect(draft.stale).toBe(false);
    const snapshot = await createSnapshot({
      createdAt: '2026-11-24T02:00:00.000Z',
      asOf: '2026-11-24',
      simulated: false,
      path: '/',
      view: { plan: null, category: null, status: null, q: '', ids: [] },
      catalog: draft.catalog,
      indicators: draft.indicators,
    });
    expect(verdictWithoutArchive(snapshotClaim(snapshot))).toEqual({ state: 'draft' });
  });
});
