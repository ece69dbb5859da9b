// @vitest-environment node
// Matching fixes found by real use, on hand-made KnownEntry lists: a series year the series lacks,
// traditional forms, a candidate with no year, and opposite verbs (开工 / 完工); plus the indicator
// year rules and the words before the quote.
import { describe, expect, it } from 'vitest';
import {
  contextBefore,
  knownEntries,
  matchCandidate,
  parseMatch,
  type KnownEntry,
} from '../../src/domain/curation/match';
import { candidate } from './curation-fixture';

const series = (id: string, name: string, measures = ['个'], unit = 'count'): KnownEntry => ({
  kind: 'series',
  id,
  name,
  unit,
  measures,
  years: null,
});

const JOBS = series('new-urban-jobs', '城镇新增就业', ['人']);
const STARTS = series('old-compound-starts', '老旧小区改造新开工');
const COMPLETIONS = series('old-compound-completions', '老旧小区改造完工');
const STATIONS: KnownEntry = {
  kind: 'indicator',
  id: 'warm-heart-stations',
  plan: 'worker-plan',
  name: '职工暖心驿站数量',
  unit: 'count',
  measures: ['个'],
  years: { first: 2021, last: 2025 },
};

describe(matchCandidate, () => {
  it('matches a series year the series does not have yet', () => {
    // data/'s new-urban-jobs holds 2021–2024 and 2026; the KnownEntry carries the series once.
    const c = candidate({
      kind: 'actual',
      year: 2025,
      value: 260000,
      measure: '人',
      subject: '城镇新增就业',
      quote: '2025年城镇新增就业26万人',
    });
    expect(matchCandidate(c, [JOBS])).toBe('series:new-urban-jobs:2025');
  });

  it('folds traditional forms before comparing (驛站 is 驿站)', () => {
    const c = candidate({
      year: 2025,
      value: 30000,
      subject: '職工暖心驛站',
      quote: '職工暖心驛站達到3萬個',
    });
    expect(matchCandidate(c, [STATIONS])).toBe('indicator:warm-heart-stations');
  });

  it('never matches a candidate with no year to a series year', () => {
    const c = candidate({ year: null, deadline: null, subject: '老旧小区改造新开工' });
    expect(matchCandidate(c, [STARTS])).toBe('new');
    expect(matchCandidate({ ...c, year: 2024 }, [STARTS])).toBe('series:old-compound-starts:2024');
  });

  it('never matches 完工 to a 新开工 series, nor 新开工 to a 完工 one', () => {
    const finished = candidate({
      kind: 'actual',
      year: 2021,
      value: 120,
      subject: '老旧小区综合整治完工',
      quote: '老旧小区综合整治完工120个',
    });
    expect(matchCandidate(finished, [STARTS])).toBe('new');
    expect(matchCandidate(finished, [STARTS, COMPLETIONS])).toBe(
      'series:old-compound-completions:2021',
    );
    const started = {
      ...finished,
      subject: '老旧小区综合整治新开工',
      quote: '老旧小区综合整治新开工300个',
    };
    expect(matchCandidate(started, [COMPLETIONS])).toBe('new');
    expect(matchCandidate(started, [COMPLETIONS, STARTS])).toBe('series:old-compound-starts:2021');
  });

  it('reads the verb of the figure meant, by its quoteKey, in a quote that states both', () => {
    const c = candidate({
      kind: 'actual',
      year: 2023,
      value: 183,
      subject: '完工',
      quote: '2023年实现老旧小区改造新开工355个、完工183个',
      quoteKey: '完工',
    });
    expect(matchCandidate(c, [STARTS, COMPLETIONS])).toBe('series:old-compound-completions:2023');
  });

  it('takes a name that says 完工 only from a candidate that says so', () => {
    const c = candidate({
      year: 2024,
      value: 6,
      subject: '老旧小区改造项目',
      quote: '6个老旧小区改造项目列入全国完整社区建设试点',
    });
    expect(matchCandidate(c, [COMPLETIONS])).toBe('new');
  });

  it('counts the words before the quote half: "完工822部" after 老楼加装电梯', () => {
    const lifts = series('elevator-retrofit-completions', '老楼加装电梯完工', ['部']);
    const c = candidate({
      kind: 'actual',
      year: 2023,
      value: 822,
      measure: '部',
      subject: '完工',
      quote: '完工822部',
    });
    // Alone, 完工 is 1 of the name's 7 words: below the floor.
    expect(matchCandidate(c, [lifts])).toBe('new');
    // With 老楼 楼加 加装 装电 电梯 before it: (1 + 5 × 0.5) / 7 = 0.5.
    expect(matchCandidate(c, [lifts], '老楼加装电梯新开工1099部,')).toBe(
      'series:elevator-retrofit-completions:2023',
    );
  });

  it('takes measure-word synonyms, and no count without the measure word', () => {
    const placed = series('hard-to-employ-placed', '就业困难人员实现就业', ['人', '名']);
    const c = candidate({
      kind: 'actual',
      year: 2025,
      value: 72000,
      measure: '名',
      subject: '精准帮扶',
      quote: '精准帮扶7.2万名就业困难人员实现就业',
    });
    expect(matchCandidate(c, [placed])).toBe('series:hard-to-employ-placed:2025');
    expect(matchCandidate({ ...c, measure: null }, [placed])).toBe('new');
  });

  it('matches an indicator target due in its deadline year and an actual within its period', () => {
    const c = candidate({
      year: 2025,
      value: 30000,
      subject: '职工暖心驿站',
      quote: '职工暖心驿站达到3万个',
    });
    expect(matchCandidate(c, [STATIONS])).toBe('indicator:warm-heart-stations');
    expect(matchCandidate({ ...c, year: 2024 }, [STATIONS])).toBe('new');
    expect(matchCandidate({ ...c, kind: 'actual', year: 2023 }, [STATIONS])).toBe(
      'indicator:warm-heart-stations',
    );
    expect(matchCandidate({ ...c, kind: 'actual', year: 2020 }, [STATIONS])).toBe('new');
  });

  it('never matches a context figure', () => {
    const c = candidate({
      kind: 'figure',
      year: 2026,
      value: 280000,
      measure: '人',
      subject: '城镇新增就业',
      quote: '城镇新增就业28万人',
    });
    expect(matchCandidate(c, [JOBS])).toBe('new');
  });
});

describe(contextBefore, () => {
  it('is the sentence before the quote, from the last full stop or line break', () => {
    const text = '上一句。老楼加装电梯新开工1099部,完工822部';
    expect(contextBefore(text, text.indexOf('完工'))).toBe('老楼加装电梯新开工1099部,');
    expect(contextBefore('第一行\n完工5部', 4)).toBe('');
  });
});

describe(knownEntries, () => {
  it('lists each indicator with its plan and years, and each series once', () => {
    const entries = knownEntries({
      plans: [
        {
          plan: { id: 'p', period: { start: '2021-01-01', end: '2025-12-31' } },
          indicators: [
            {
              id: 'i',
              name: { zh: '职工之家' },
              unit: 'count',
              measure: { zh: '个', synonyms: ['家'] },
              target: { deadline: '2025-12-31' },
            },
          ],
        },
      ],
      series: [
        {
          id: 's',
          name: { zh: '城镇新增就业' },
          unit: 'count',
          measure: { zh: '人' },
          years: [{ year: 2024 }, { year: 2026 }],
        },
      ],
    } as never);
    expect(entries).toEqual([
      {
        kind: 'indicator',
        id: 'i',
        plan: 'p',
        name: '职工之家',
        unit: 'count',
        measures: ['个', '家'],
        years: { first: 2021, last: 2025 },
      },
      {
        kind: 'series',
        id: 's',
        name: '城镇新增就业',
        unit: 'count',
        measures: ['人'],
        years: null,
      },
    ]);
  });
});

describe(parseMatch, () => {
  it('reads a match ref back', () => {
    expect(parseMatch('indicator:worker-homes')).toEqual({ kind: 'indicator', id: 'worker-homes' });
    expect(parseMatch('series:new-urban-jobs:2025')).toEqual({
      kind: 'series',
      id: 'new-urban-jobs',
      year: 2025,
    });
    expect(parseMatch('new')).toBeNull();
  });
});
