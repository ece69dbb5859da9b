// @vitest-environment node
// Curators' notes stay in data/: what the build serves (and every export and snapshot made from
// it) has none.
import { describe, expect, it } from 'vitest';
import { buildApiFiles } from '../../scripts/lib/api-files';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { withoutCuratorNotes } from '../../src/domain/dataset/curator-notes';

describe(withoutCuratorNotes, () => {
  it('drops curatorNote at any depth and keeps everything else', () => {
    const input = {
      curatorNote: 'top',
      note: { zh: '用户可见', en: 'shown' },
      years: [{ year: 2024, curatorNote: 'inner', target: { value: 5, curatorNote: 'deep' } }],
    };
    expect(withoutCuratorNotes(input)).toEqual({
      note: { zh: '用户可见', en: 'shown' },
      years: [{ year: 2024, target: { value: 5 } }],
    });
    expect(input.curatorNote).toBe('top'); // a copy: the input is untouched
  });

  it('the real dataset has curator notes, and the API built from it has none', () => {
    const dataset = loadDataset('data');
    expect(JSON.stringify(dataset)).toContain('"curatorNote"');
    for (const [file, text] of buildApiFiles(dataset, '2026-11-24T00:00:00.000Z'))
      expect(text.includes('"curatorNote"'), file).toBe(false);
  });
});
