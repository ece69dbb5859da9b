// @vitest-environment node
// 要点, hand-built: met, missed, due with no result (grouped by plan), running, demo; zh and en.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { evaluateSeries, sourceDates } from '../../src/domain/evaluation/series-evaluate';
import type { Series, Source } from '../../src/domain/dataset/schema';
import { keyPoints, type KeyPointInput } from '../../src/domain/exports/key-points';
import { makeIndicator, makePlan, obs, target } from '../domain/fixtures';

const source = (id: string, zh: string, en: string, date: string): Source => ({
  id,
  title: { zh: `${zh}报道`, en: `${en} report` },
  publisher: { zh, en },
  date,
  kind: 'media',
});
const sources = new Map([
  ['seed-003', source('seed-003', '北京市总工会', 'BFTU', '2021-06-01')],
  ['hket', source('hket', '经济通', 'HKET', '2026-01-26')],
]);
const cite = (src = 'hket') => [{ source: src, quote: 'q' }];
const unemployment: Series = {
  id: 'unemployment',
  name: { zh: '城镇调查失业率', en: 'the surveyed urban unemployment rate' },
  category: 'employment',
  unit: 'percent',
  direction: 'decrease',
  span: { first: 2025, last: 2025 },
  years: [
    {
      year: 2025,
      target: { value: 5, comparator: 'lte', citations: cite('seed-003') },
      actual: { value: 4.1, date: '2025-12-31', citations: cite() },
    },
  ],
};
const plan = makePlan({ title: { zh: '十四五职工发展规划', en: 'Worker Development Plan' } });
const dates = sourceDates([...sources.values()]);

function input(asOf: string, overrides: Partial<KeyPointInput> = {}): KeyPointInput {
  const ind = (id: string, observations: ReturnType<typeof obs>[], value = 8000) => {
    const indicator = makeIndicator({
      id,
      name: { zh: id, en: id },
      observations,
      target: target(value),
    });
    return { indicator, plan, evaluation: evaluate(indicator, plan, asOf) };
  };
  return {
    rows: [ind('a', []), ind('b', []), ind('c', [])],
    seriesRows: [{ series: unemployment, evaluation: evaluateSeries(unemployment, asOf, dates) }],
    sources,
    ownedPlans: new Set(),
    lang: 'zh',
    simulated: false,
    ...overrides,
  };
}

describe(keyPoints, () => {
  it('puts a plan’s due targets with no result first, as one sentence, then a met year with its figure and source', () => {
    const points = keyPoints(input('2026-12-07'));
    expect(points).toEqual([
      '十四五职工发展规划3项目标已于2025年底到期，尚未见公布结果。',
      '2025年城镇调查失业率4.1%，优于≤5%的目标0.9个百分点（经济通，2026年1月26日）。',
    ]);
  });

  it('reads naturally in English', () => {
    const points = keyPoints(input('2026-12-07', { lang: 'en' }));
    expect(points).toEqual([
      '3 targets of the Worker Development Plan fell due at the end of 2025; no results have been published yet.',
      'In 2025, the surveyed urban unemployment rate was 4.1%, beating its target of at most 5% by 0.9 pp (HKET, 26 Jan 2026).',
    ]);
  });

  it('states a missed target with its figure, and a running one with progress against the expected pace', () => {
    const asOf = '2026-12-07';
    const missed = makeIndicator({ id: 'm', observations: [obs('2025-12-31', 7000)] });
    const base = input(asOf);
    const rows = [{ indicator: missed, plan, evaluation: evaluate(missed, plan, asOf) }];
    expect(keyPoints({ ...base, rows, seriesRows: [] })).toEqual([
      '职工创新工作室为7000家，未达到2025年底≥8000家的目标（北京市总工会，2021年6月1日）。',
    ]);
    const running = makeIndicator({ id: 'r', observations: [obs('2023-01-01', 4400)] });
    const early = '2023-06-01';
    const runningRows = [{ indicator: running, plan, evaluation: evaluate(running, plan, early) }];
    const [line] = keyPoints({ ...input(early), rows: runningRows, seriesRows: [], lang: 'en' });
    expect(line).toBe(
      'As of 1 Jan 2023, Worker innovation studios was 4,400 studios, 40% of the way to its target of at least 8,000 studios due at the end of 2025, on schedule (BFTU, 1 Jun 2021).',
    );
  });

  it('names a single due target with what is known, and says demo figures are simulated', () => {
    const one = makeIndicator({ id: 'one', observations: [obs('2023-12-31', 5000)] });
    const asOf = '2026-12-07';
    const rows = [{ indicator: one, plan, evaluation: evaluate(one, plan, asOf) }];
    const [zh] = keyPoints({ ...input(asOf), rows, seriesRows: [], simulated: true });
    expect(zh).toBe(
      '十四五职工发展规划“职工创新工作室”目标（≥8000家）已于2025年底到期，尚未见公布结果，最近一次报告为5000家（北京市总工会，2021年6月1日）（模拟数据）。',
    );
    const [en] = keyPoints({ ...input(asOf), rows, seriesRows: [], simulated: true, lang: 'en' });
    expect(en).toMatch(/ \(simulated data\)\.$/);
  });

  it('stops at ten sentences, plain text with no Markdown', () => {
    const asOf = '2026-12-07';
    const rows = Array.from({ length: 14 }, (_, i) => {
      const indicator = makeIndicator({ id: `x${i}`, observations: [obs('2025-12-31', 9000)] });
      return { indicator, plan, evaluation: evaluate(indicator, plan, asOf) };
    });
    const points = keyPoints({ ...input(asOf), rows });
    expect(points).toHaveLength(10);
    for (const p of points) expect(p).not.toMatch(/[*#_`[\]]|^\s*[-\d]+[.)]\s/);
  });
});
