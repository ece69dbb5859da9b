// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyCurationToApi } from '../../src/domain/curation/curation-api';
import { SOURCE_B, TODAY, fixtureApi, update } from './curation-fixture';

const { catalog, indicators } = fixtureApi();

const newIndicator = {
  ...indicators[0]!,
  id: 'great-craftsmen',
  name: { zh: '北京大工匠', en: 'Great craftsmen' },
  measure: { zh: '名', en: 'people' },
  target: {
    ...indicators[0]!.target,
    value: 2000,
    citation: { source: 'src-b', quote: '大工匠达到2000名' },
  },
};

describe(applyCurationToApi, () => {
  it('gives the catalog and indicators with the update in them, a new indicator with its plan', () => {
    const applied = applyCurationToApi(
      catalog,
      indicators,
      update(
        [
          { kind: 'new-indicator', indicator: newIndicator },
          {
            kind: 'series-target',
            series: 'starts',
            year: 2024,
            value: 300,
            comparator: 'gte',
            citation: { source: 'src-b', quote: '年内新开工300个' },
          },
        ],
        [SOURCE_B],
      ),
      TODAY,
    );
    expect(applied.problems).toEqual([]);
    expect(applied.indicators.map((i) => i.id)).toEqual(['studios', 'great-craftsmen']);
    expect(applied.catalog.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(applied.catalog.series[0]!.years.map((y) => [y.year, y.target?.value])).toEqual([
      [2023, undefined],
      [2024, 300],
    ]);
    expect(applied.catalog.datasetHash).toBe('abc');
  });

  it('leaves the data as it was when the update has a problem', () => {
    const bad = update([
      {
        kind: 'series-target',
        series: 'starts',
        year: 2024,
        value: 300,
        comparator: 'gte',
        citation: { source: 'src-a', quote: '年内新开工200个' },
      },
    ]);
    const applied = applyCurationToApi(catalog, indicators, bad, TODAY);
    expect(applied.problems).toMatchObject([{ entry: 0, rule: 'quote-value-missing' }]);
    expect(applied.catalog).toBe(catalog);
    expect(applied.indicators).toEqual(indicators);
  });
});
