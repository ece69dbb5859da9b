// @vitest-environment node
// data:extract --write's pure part on the hand-made dataset of curation-fixture.ts (plan p1,
// 2021–2025, with indicator studios ≥8000 by 2025; series starts with a 2023 actual of 355).
import { describe, expect, it } from 'vitest';
import { applyWritable } from '../../src/domain/curation/apply-writable';
import {
  acceptedCandidates,
  extractEntries,
  extractUpdate,
} from '../../src/domain/curation/extract-entries';
import { validateDataset } from '../../src/domain/dataset/validate-dataset';
import { candidate, FILES, TODAY } from './curation-fixture';

const dataset = validateDataset(FILES, { today: TODAY }).dataset!;
const entriesOf = (...cs: ReturnType<typeof candidate>[]) =>
  extractEntries(
    cs.map((c, i) => ({ number: i + 1, candidate: c })),
    { plan: 'p1', source: 'src-a', dataset },
  );

const target2024 = candidate({ match: 'series:starts:2024' });
const actual2023 = candidate({
  kind: 'actual',
  value: 355,
  year: 2023,
  deadline: null,
  quote: '2023年实现老旧小区改造新开工355个',
  match: 'series:starts:2023',
});

describe(acceptedCandidates, () => {
  it('takes the matched candidates, or those --only lists, numbered from 1', () => {
    const list = [target2024, candidate({ match: 'new' }), actual2023];
    expect(acceptedCandidates(list, null).map((n) => n.number)).toEqual([1, 3]);
    expect(acceptedCandidates(list, [2]).map((n) => n.number)).toEqual([2]);
  });
});

describe(extractEntries, () => {
  it('turns a series match into its target (comparator by the series, plan when in its period) or actual', () => {
    const made = entriesOf(target2024, actual2023);
    expect(made.reports).toEqual([]);
    expect(made.numbers).toEqual([1, 2]);
    expect(made.entries).toEqual([
      {
        kind: 'series-target',
        series: 'starts',
        year: 2024,
        plan: 'p1',
        value: 300,
        // "计划在年内实现新开工300个小区" states no comparator: an increasing series' target is ≥.
        comparator: 'gte',
        citation: { source: 'src-a', quote: '计划在年内实现新开工300个小区' },
      },
      {
        kind: 'series-actual',
        series: 'starts',
        year: 2023,
        date: '2023-12-31',
        value: 355,
        citation: { source: 'src-a', quote: '2023年实现老旧小区改造新开工355个' },
      },
    ]);
  });

  it('gives no plan to a target outside the plan’s period', () => {
    const made = entriesOf({ ...target2024, year: 2026, match: 'series:starts:2026' });
    expect(made.entries[0]).not.toHaveProperty('plan');
  });

  it('says an indicator’s target with the same value is already there, and reports another value', () => {
    const studios = candidate({
      value: 8000,
      year: 2025,
      measure: '家',
      quote: '职工创新工作室达到8000家',
      match: 'indicator:studios',
    });
    const made = entriesOf(studios, { ...studios, value: 9000 });
    expect(made.entries).toEqual([]);
    expect(made.already).toEqual([{ number: 1, what: 'studios target 8000 (cited from src-a)' }]);
    expect(made.reports).toEqual([
      {
        number: 2,
        field: 'value',
        why: "studios's target is 8000 (source src-a), not 9000: a published target is corrected by a maintainer in data/",
      },
    ]);
  });

  it('turns an indicator actual into an observation, and reports a matched context figure', () => {
    const actual = candidate({
      kind: 'actual',
      value: 5000,
      year: 2023,
      date: '2023-12-31',
      measure: '家',
      quote: '职工创新工作室已有5000家',
      match: 'indicator:studios',
    });
    const made = entriesOf(actual, { ...actual, kind: 'figure' });
    expect(made.entries).toEqual([
      {
        kind: 'indicator-observation',
        plan: 'p1',
        indicator: 'studios',
        date: '2023-12-31',
        value: 5000,
        citation: { source: 'src-a', quote: '职工创新工作室已有5000家' },
      },
    ]);
    expect(made.reports.map((r) => [r.number, r.field])).toEqual([[2, 'kind']]);
  });

  it('reports every field a new indicator lacks, by candidate number', () => {
    const made = entriesOf(
      candidate({ comparator: null, subject: '新增托位', quote: '新增托位300个' }),
    );
    expect(made.entries).toEqual([]);
    expect(made.reports.map((r) => `#${r.number} ${r.field}`)).toEqual([
      '#1 id',
      '#1 name.en',
      '#1 category',
      '#1 comparator',
      '#1 measure.en',
    ]);
    expect(made.reports[0]!.why).toBe('needs an id (lower-case kebab-case)');
  });
});

describe(applyWritable, () => {
  it('leaves out an entry that breaks a quote rule, naming its candidate and rule, and applies the rest', () => {
    const bad = { ...target2024, quote: '计划在年内实现新开工310个小区' };
    const made = entriesOf(bad, actual2023, {
      ...target2024,
      year: 2022,
      match: 'series:starts:2022',
      quote: '2022年新开工300个',
    });
    const update = extractUpdate(made.entries, null, {
      baseDataset: 'test',
      madeAt: `${TODAY}T00:00:00Z`,
    });
    const result = applyWritable(FILES, update, made.numbers, { today: TODAY });
    expect(result.refusal).toEqual([]);
    expect(result.reports).toMatchObject([{ number: 1, field: 'citation.quote' }]);
    expect(result.reports[0]!.why).toMatch(/\[rule quote-value-missing\]/);
    expect(result.numbers).toEqual([2, 3]);
    // #2 is data/'s own 2023 actual from the same source: already there; #3 adds 2022.
    expect(result.applied!.alreadyThere).toEqual([0]);
    expect(result.applied!.changes.map((c) => c.text)).toEqual([
      '~ starts span 2022–2024',
      '+ starts 2022 target: ≥300',
    ]);
  });

  it('returns nothing to apply when every entry has a problem', () => {
    const bad = { ...target2024, quote: '计划在年内实现新开工310个小区' };
    const made = entriesOf(bad);
    const update = extractUpdate(made.entries, null, {
      baseDataset: 'test',
      madeAt: `${TODAY}T00:00:00Z`,
    });
    const result = applyWritable(FILES, update, made.numbers, { today: TODAY });
    expect(result.applied).toBeNull();
    expect(result.reports.map((r) => r.number)).toEqual([1]);
  });
});
