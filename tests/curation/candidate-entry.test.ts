// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { candidateEntry } from '../../src/domain/curation/candidate-entry';
import { candidate } from './curation-fixture';

const missing = (result: ReturnType<typeof candidateEntry>) =>
  result.ok ? [] : result.missing.map((m) => m.field);

describe(candidateEntry, () => {
  it('turns a target with its comparator into a series year target', () => {
    const c = candidate({ comparator: 'gte' });
    expect(
      candidateEntry({
        candidate: c,
        source: 's',
        target: { kind: 'series', series: 'starts', year: 2024, plan: 'p1' },
      }),
    ).toEqual({
      ok: true,
      entry: {
        kind: 'series-target',
        series: 'starts',
        year: 2024,
        plan: 'p1',
        value: 300,
        comparator: 'gte',
        citation: { source: 's', quote: '计划在年内实现新开工300个小区' },
      },
    });
  });

  it('names the comparator a target lacks, and the kind a context figure lacks', () => {
    const series = { kind: 'series' as const, series: 'starts', year: 2024 };
    expect(
      missing(candidateEntry({ candidate: candidate({}), source: 's', target: series })),
    ).toEqual(['comparator']);
    expect(
      missing(
        candidateEntry({ candidate: candidate({ kind: 'figure' }), source: 's', target: series }),
      ),
    ).toEqual(['kind']);
  });

  it('dates a series actual the last day of its year, keeps the quoteKey, and refuses a date in another year', () => {
    const c = candidate({
      kind: 'actual',
      value: 183,
      quote: '新开工355个、完工183个',
      quoteKey: '完工',
    });
    const target = { kind: 'series' as const, series: 'done', year: 2023 };
    expect(candidateEntry({ candidate: c, source: 's', target })).toEqual({
      ok: true,
      entry: {
        kind: 'series-actual',
        series: 'done',
        year: 2023,
        date: '2023-12-31',
        value: 183,
        citation: { source: 's', quote: '新开工355个、完工183个', quoteKey: '完工' },
      },
    });
    expect(
      missing(candidateEntry({ candidate: { ...c, date: '2024-01-25' }, source: 's', target })),
    ).toEqual(['date']);
  });

  it('needs a date for an observation, and a label and a date for a reference', () => {
    const c = candidate({ kind: 'actual', value: 6039, quote: '新增托位6039个' });
    const indicator = { kind: 'indicator' as const, plan: 'p1', indicator: 'places' };
    expect(
      missing(
        candidateEntry({ candidate: c, source: 's', target: { ...indicator, as: 'observation' } }),
      ),
    ).toEqual(['date']);
    expect(
      missing(
        candidateEntry({ candidate: c, source: 's', target: { ...indicator, as: 'reference' } }),
      ),
    ).toEqual(['date', 'label']);
    const dated = { ...c, date: '2023-12-31' };
    expect(
      candidateEntry({
        candidate: dated,
        source: 's',
        target: { ...indicator, as: 'observation' },
      }),
    ).toEqual({
      ok: true,
      entry: {
        kind: 'indicator-observation',
        plan: 'p1',
        indicator: 'places',
        date: '2023-12-31',
        value: 6039,
        citation: { source: 's', quote: '新增托位6039个' },
      },
    });
  });

  it('names what a new indicator needs that the text cannot give', () => {
    const c = candidate({ comparator: 'gte', subject: '新开工' });
    const result = candidateEntry({
      candidate: c,
      source: 's',
      target: { kind: 'new-indicator', plan: 'p1', id: 'Bad Id' },
    });
    expect(missing(result)).toEqual(['id', 'name.en', 'category', 'measure.en']);
  });

  it('builds a new indicator from its target, the name in Chinese from the subject', () => {
    const c = candidate({
      comparator: 'gte',
      value: 8000,
      measure: '家',
      year: 2025,
      deadline: '2025-12-31',
      subject: '职工创新工作室',
      quote: '职工创新工作室达到8000家',
    });
    const result = candidateEntry({
      candidate: c,
      source: 's',
      target: {
        kind: 'new-indicator',
        plan: 'p1',
        id: 'studios-2',
        name: { zh: '职工创新工作室', en: 'Studios' },
        category: 'innovation',
        measure: { zh: '家', en: 'studios' },
      },
    });
    expect(result).toEqual({
      ok: true,
      entry: {
        kind: 'new-indicator',
        indicator: {
          id: 'studios-2',
          plan: 'p1',
          name: { zh: '职工创新工作室', en: 'Studios' },
          category: 'innovation',
          unit: 'count',
          measure: { zh: '家', en: 'studios' },
          direction: 'increase',
          target: {
            value: 8000,
            comparator: 'gte',
            deadline: '2025-12-31',
            citation: { source: 's', quote: '职工创新工作室达到8000家' },
          },
          observations: [],
        },
      },
    });
  });
});
