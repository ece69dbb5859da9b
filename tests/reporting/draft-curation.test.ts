// @vitest-environment node
// A curation draft (from /curate): its pt-curation-v1 update applied to the published data by
// applyCurationToApi when the draft is shown, new indicator included; one that no longer applies
// changes nothing and names why.
import { describe, expect, it } from 'vitest';
import type { CurationUpdate } from '../../src/domain/curation/update-file';
import { activate } from '../../src/lib/reporting/draft';
import { draftPage, draftSize } from '../../src/lib/draft-store';
import { realApiData } from '../utils/real-api';

const SOURCE = {
  id: 'curate-unit-2024-01-25',
  title: { zh: '新闻发布会', en: 'Press conference' },
  publisher: { zh: '劳动午报', en: 'Laodong Wubao' },
  date: '2024-01-25',
  kind: 'media' as const,
};

const update = (value: number): CurationUpdate => ({
  format: 'pt-curation-v1',
  baseDataset: realApiData().catalog.datasetHash,
  madeAt: '2026-11-24T02:00:00.000Z',
  sources: [SOURCE],
  entries: [
    {
      kind: 'new-indicator',
      indicator: {
        id: 'old-compound-completions-2024',
        plan: 'beijing-2024-old-compound-renovation',
        name: { zh: '老旧小区改造完工', en: 'Old compounds renovated' },
        category: 'housing',
        unit: 'count',
        measure: { zh: '个', en: 'compounds' },
        direction: 'increase',
        target: {
          value,
          comparator: 'gte',
          deadline: '2024-12-31',
          citation: { source: SOURCE.id, quote: '完工200个小区' },
        },
        observations: [],
      },
    },
  ],
});

const stored = (curation: CurationUpdate) => ({
  entries: [],
  curation,
  baseHash: curation.baseDataset,
  fileName: '粘贴的文字',
  createdAt: '2026-11-24T02:00:00.000Z',
});

describe('a curation draft', () => {
  it('adds its new indicator to what the app shows, under a draft dataset id', () => {
    const published = realApiData();
    const draft = activate(stored(update(200)), published, '2026-11-24');
    expect(draft.conflicts).toEqual([]);
    expect(draft.indicators).toHaveLength(published.indicators.length + 1);
    const added = draft.indicators.find((i) => i.id === 'old-compound-completions-2024');
    expect(added?.target.value).toBe(200);
    expect(draft.catalog.sources.map((s) => s.id)).toContain(SOURCE.id);
    expect(draft.catalog.datasetHash).toMatch(/^draft-2026-11-24-/);
    expect(draftSize(draft.stored)).toBe(1);
    expect(draftPage(draft.stored)).toBe('/curate');
  });

  it('changes nothing when its quote no longer backs it, naming the rule', () => {
    const published = realApiData();
    // 210 is not in 「完工200个小区」.
    const draft = activate(stored(update(210)), published, '2026-11-24');
    expect(draft.indicators).toHaveLength(published.indicators.length);
    expect(draft.conflicts).toHaveLength(1);
    expect(draft.conflicts[0]!.row).toBe(1);
    expect(draft.conflicts[0]!.what.zh).toContain('引文没有写出这个数字');
  });
});
