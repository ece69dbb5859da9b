// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/domain/curation/apply-curation';
import type { CurationEntry } from '../../src/domain/curation/update-file';
import { validateDataset } from '../../src/domain/dataset/validate-dataset';
import {
  FILES,
  PLAN,
  SOURCE_A,
  SOURCE_B,
  STARTS_QUOTE,
  TODAY,
  update,
  written,
} from './curation-fixture';

const apply = (entries: CurationEntry[], sources = [SOURCE_B].slice(0, 0)) =>
  applyCuration(FILES, update(entries, sources), { today: TODAY });

const target2024: CurationEntry = {
  kind: 'series-target',
  series: 'starts',
  year: 2024,
  value: 300,
  comparator: 'gte',
  citation: { source: 'src-a', quote: '计划在年内实现新开工300个小区' },
};
const actual2023: CurationEntry = {
  kind: 'series-actual',
  series: 'starts',
  year: 2023,
  date: '2023-12-31',
  value: 355,
  citation: { source: 'src-a', quote: STARTS_QUOTE },
};
type Years = { years: Record<string, unknown>[]; span: { first: number; last: number } };

describe(applyCuration, () => {
  it('adds a series year with its target, in data/ key order, and the result passes data:check', () => {
    const applied = apply([target2024]);
    expect(applied.problems).toEqual([]);
    expect(applied.changed.map((f) => f.path)).toEqual(['data/series/starts.json']);
    const series = written(applied.changed, 'data/series/starts.json') as Years;
    expect(series.years[1]).toEqual({
      year: 2024,
      target: {
        value: 300,
        comparator: 'gte',
        citations: [{ source: 'src-a', quote: '计划在年内实现新开工300个小区' }],
      },
    });
    expect(applied.changes).toEqual([
      { file: 'data/series/starts.json', entry: 0, text: '+ starts 2024 target: ≥300' },
    ]);
    const after = FILES.map((f) => applied.changed.find((c) => c.path === f.path) ?? f);
    expect(validateDataset(after, { today: TODAY }).errors).toEqual([]);
  });

  it('lists an entry data/ already holds, and a repeat within the update, as already there', () => {
    const applied = apply([actual2023, target2024, target2024]);
    expect(applied.alreadyThere).toEqual([0, 2]);
    expect(applied.changes.map((c) => c.entry)).toEqual([1]);
  });

  it('adds a citation when a new source states the same figure, and the source', () => {
    const again = {
      ...actual2023,
      citation: { source: 'src-b', quote: '去年新开工355个老旧小区' },
    };
    const applied = apply([again], [SOURCE_B]);
    expect(applied.problems).toEqual([]);
    const series = written(applied.changed, 'data/series/starts.json') as Years;
    expect((series.years[0]!.actual as { citations: unknown[] }).citations).toEqual([
      { source: 'src-a', quote: STARTS_QUOTE },
      { source: 'src-b', quote: '去年新开工355个老旧小区' },
    ]);
    expect(
      (written(applied.changed, 'data/sources.json') as { sources: unknown[] }).sources,
    ).toEqual([SOURCE_A, SOURCE_B]);
    expect(applied.changes.map((c) => c.text)).toEqual([
      '+ source src-b (official) 工作报告',
      '+ citation src-b on starts 2023 actual',
    ]);
  });

  it('refuses another value for a figure data/ holds, and then writes nothing at all', () => {
    const applied = apply([
      target2024,
      { ...actual2023, value: 356, citation: { source: 'src-a', quote: '新开工356个' } },
    ]);
    expect(applied.changed).toEqual([]);
    expect(applied.problems).toMatchObject([{ entry: 1, field: 'value' }]);
    expect(applied.problems[0]!.what.en).toBe(
      'data/ already has 355 for starts 2023 actual (source src-a)',
    );
  });

  it('names the quote rule an entry breaks, in both languages', () => {
    const second = { ...actual2023, value: 183, year: 2023 };
    const wrongYear = {
      ...target2024,
      citation: { source: 'src-a', quote: '到2025年新开工300个' },
    };
    const applied = apply([second, wrongYear]);
    expect(applied.problems.map((p) => [p.entry, p.field, p.rule])).toEqual([
      [0, 'citation.quoteKey', 'quote-key-needed'],
      [1, 'citation.quote', 'quote-deadline'],
    ]);
    expect(applied.problems[1]!.what.zh).toMatch(/^引文写的是另一个截止年份：/);
  });

  it('refuses a comparator the series does not take, an unknown series and a future date', () => {
    const applied = apply([
      { ...target2024, comparator: 'lte' },
      { ...target2024, series: 'nope' },
      {
        ...actual2023,
        year: 2027,
        date: '2027-12-31',
        citation: { source: 'src-a', quote: '新开工355个' },
      },
    ]);
    expect(applied.problems.map((p) => [p.entry, p.field])).toEqual([
      [0, 'comparator'],
      [1, 'series'],
      [2, 'date'],
    ]);
  });

  it('widens the span for a year beyond it, and sorts the year in', () => {
    const applied = apply([
      { ...target2024, year: 2022, citation: { source: 'src-a', quote: '2022年新开工300个' } },
    ]);
    expect(applied.problems).toEqual([]);
    const series = written(applied.changed, 'data/series/starts.json') as Years;
    expect(series.span).toEqual({ first: 2022, last: 2024 });
    expect(series.years.map((y) => y.year)).toEqual([2022, 2023]);
  });

  it('puts a target before the actual its year already has', () => {
    const applied = apply([
      { ...target2024, year: 2023, citation: { source: 'src-a', quote: '2023年计划新开工300个' } },
    ]);
    const series = written(applied.changed, 'data/series/starts.json') as Years;
    expect(Object.keys(series.years[0]!)).toEqual(['year', 'target', 'actual']);
  });

  it('writes an observation within the plan period, refuses one before it', () => {
    const observation: CurationEntry = {
      kind: 'indicator-observation',
      plan: 'p1',
      indicator: 'studios',
      date: '2023-12-31',
      value: 6000,
      citation: { source: 'src-a', quote: '全市已建成职工创新工作室6000家' },
    };
    const applied = apply([observation]);
    const plan = written(applied.changed, 'data/plans/p1.json') as typeof PLAN;
    expect(plan.indicators[0]!.observations).toEqual([
      {
        date: '2023-12-31',
        value: 6000,
        citation: { source: 'src-a', quote: '全市已建成职工创新工作室6000家' },
      },
    ]);
    expect(apply([{ ...observation, date: '2020-12-31' }]).problems).toMatchObject([
      { entry: 0, field: 'date' },
    ]);
    expect(
      apply([{ ...observation, value: 6000, citation: { source: 'src-a', quote: '已建成6000个' } }])
        .problems,
    ).toMatchObject([{ entry: 0, rule: 'quote-measure' }]);
  });

  it('adds a new indicator to its plan unless its id is taken', () => {
    const indicator = {
      ...PLAN.indicators[0]!,
      id: 'great-craftsmen',
      name: { zh: '北京大工匠', en: 'Great craftsmen' },
      category: 'skills' as const,
      unit: 'count' as const,
      direction: 'increase' as const,
      measure: { zh: '名', en: 'people' },
      target: {
        value: 2000,
        comparator: 'gte' as const,
        deadline: '2025-12-31',
        citation: { source: 'src-a', quote: '北京市各级大工匠达到2000名' },
      },
    };
    const applied = apply([{ kind: 'new-indicator', indicator }]);
    expect(applied.problems).toEqual([]);
    const plan = written(applied.changed, 'data/plans/p1.json') as typeof PLAN;
    expect(plan.indicators.map((i) => i.id)).toEqual(['studios', 'great-craftsmen']);
    expect(applied.changes[0]!.text).toBe('+ indicator great-craftsmen (p1) ≥2000 by 2025-12-31');
    const taken = apply([{ kind: 'new-indicator', indicator: { ...indicator, id: 'starts' } }]);
    expect(taken.problems).toMatchObject([{ entry: 0, field: 'indicator.id' }]);
    const wrongDeadline = {
      ...indicator,
      target: {
        ...indicator.target,
        deadline: '2030-12-31',
        citation: { source: 'src-a', quote: '到2025年大工匠达到2000名' },
      },
    };
    expect(apply([{ kind: 'new-indicator', indicator: wrongDeadline }]).problems).toMatchObject([
      { entry: 0, field: 'indicator.target.citation.quote', rule: 'quote-deadline' },
    ]);
  });

  it('refuses a new source whose id another source has, and one no entry cites', () => {
    const taken = { ...SOURCE_B, id: 'src-a' };
    expect(apply([target2024], [taken]).problems).toMatchObject([{ field: 'sources[0]' }]);
    expect(apply([target2024], [SOURCE_B]).problems).toMatchObject([{ field: 'sources[0]' }]);
    expect(apply([target2024], [SOURCE_A]).problems).toEqual([]);
  });
});
