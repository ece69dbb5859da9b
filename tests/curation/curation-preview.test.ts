// @vitest-environment node
// The update preview for what a status table cannot show: a reference figure put beside an
// indicator (never progress, so no status changes) and a series actual that is already there
// with the same value (the update only adds a source). Hand-made data: curation-fixture.ts.
import { describe, expect, it } from 'vitest';
import { applyCurationToApi } from '../../src/domain/curation/curation-api';
import { curationPreview } from '../../src/domain/curation/curation-preview';
import { SOURCE_B, STARTS_QUOTE, TODAY, fixtureApi, update } from './curation-fixture';

const { catalog, indicators } = fixtureApi();

const reference = {
  kind: 'indicator-reference' as const,
  plan: 'p1',
  indicator: 'studios',
  label: { zh: '市级以上工作室', en: 'Studios at city level and above' },
  date: '2024-01-31',
  value: 791,
  unit: 'count' as const,
  citation: { source: 'src-b', quote: '市级以上职工创新工作室791家' },
};
const sameActual = {
  kind: 'series-actual' as const,
  series: 'starts',
  year: 2023,
  date: '2023-12-31',
  value: 355,
  citation: { source: 'src-b', quote: '老旧小区改造新开工355个' },
};

describe(curationPreview, () => {
  it('lists a reference with its indicator and label, and changes no status for it', () => {
    const u = update([reference], [SOURCE_B]);
    const after = applyCurationToApi(catalog, indicators, u, TODAY);
    expect(after.problems).toEqual([]);
    const preview = curationPreview({ catalog, indicators }, after, u, TODAY);
    expect(preview.diff.entries.filter((e) => e.kind !== 'unchanged')).toEqual([]);
    expect(preview.references).toEqual([
      {
        key: '0',
        indicatorId: 'studios',
        name: { zh: '职工创新工作室', en: 'Worker innovation studios' },
        label: reference.label,
        unit: 'count',
        measure: { zh: '家', en: 'studios' },
        value: 791,
        date: '2024-01-31',
      },
    ]);
    expect(preview.series).toEqual([]);
  });

  it('says a series actual already there with the same value only adds a source', () => {
    const u = update([sameActual], [SOURCE_B]);
    const after = applyCurationToApi(catalog, indicators, u, TODAY);
    expect(after.problems).toEqual([]);
    const year = after.catalog.series[0]!.years.find((y) => y.year === 2023)!;
    expect(year.actual!.citations.map((c) => c.quote)).toEqual([
      STARTS_QUOTE,
      sameActual.citation.quote,
    ]);
    const [line] = curationPreview({ catalog, indicators }, after, u, TODAY).series;
    expect(line).toMatchObject({ year: 2023, part: 'actual', value: 355, addsCitation: true });
    // A different value for that year is a conflict, refused with data/ unchanged.
    const other = update(
      [{ ...sameActual, value: 356, citation: { source: 'src-b', quote: '新开工356个' } }],
      [SOURCE_B],
    );
    expect(applyCurationToApi(catalog, indicators, other, TODAY).problems).not.toEqual([]);
  });
});
