// @vitest-environment node
// 需关注, hand-built: which lines, in which order (due with no result, missed, off track, at risk;
// the owner's first in each), and what each says is known.
import { describe, expect, it } from 'vitest';
import { attentionItems, ownedFirst, ownedPlanIds } from '../../src/domain/evaluation/attention';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { evaluateSeries, sourceDates } from '../../src/domain/evaluation/series-evaluate';
import type { Series } from '../../src/domain/dataset/schema';
import { makeIndicator, makePlan, obs } from './fixtures';

const asOf = '2026-12-07';
const ownPlan = makePlan({ id: 'own', owner: true });
const otherPlan = makePlan({ id: 'other' });
const row = (id: string, plan = otherPlan, observations = [obs('2023-12-31', 5000)]) => {
  const indicator = makeIndicator({ id, plan: plan.id, observations });
  return { indicator, plan, evaluation: evaluate(indicator, plan, asOf) };
};
const cite = [{ source: 'src', quote: 'q' }];
const dates = sourceDates([{ id: 'src', date: '2020-01-01' }]);
const elevators: Series = {
  id: 'elevators',
  name: { zh: '老楼加装电梯完工', en: 'Elevators completed' },
  category: 'housing',
  unit: 'count',
  direction: 'increase',
  span: { first: 2023, last: 2025 },
  years: [
    {
      year: 2023,
      target: { value: 600, comparator: 'gte', citations: cite },
      actual: { value: 822, date: '2023-12-31', citations: cite },
    },
    { year: 2024, target: { value: 600, comparator: 'gte', citations: cite } },
    { year: 2025, target: { value: 600, comparator: 'gte', citations: cite } },
  ],
};

describe(attentionItems, () => {
  it("lists due-with-no-result first, the owner's targets ahead, then missed", () => {
    const missed = row('missed', otherPlan, [obs('2025-12-31', 7000)]);
    const items = attentionItems(
      [row('a'), missed, row('own-a', ownPlan, [])],
      [{ series: elevators, evaluation: evaluateSeries(elevators, asOf, dates) }],
      ownedPlanIds([ownPlan, otherPlan]),
    );
    expect(items.map((i) => [i.id, i.verdict.status, i.owned])).toEqual([
      ['own-a', 'due_no_result', true],
      ['a', 'due_no_result', false],
      ['elevators', 'due_no_result', false],
      ['missed', 'missed', false],
    ]);
  });

  it('names what is known: the interim figure and its date, or the earlier result and the silent years', () => {
    const [indicator] = attentionItems([row('a')], [], new Set());
    expect(indicator).toMatchObject({
      verdict: { deadline: '2025-12-31', year: null },
      target: { value: 8000, comparator: 'gte' },
      latest: { value: 5000, date: '2023-12-31' },
      result: null,
    });
    const [series] = attentionItems(
      [],
      [{ series: elevators, evaluation: evaluateSeries(elevators, asOf, dates) }],
      new Set(),
    );
    // "2025年 · 到期未见结果 · 2023年已达成；2024、2025年结果未公布"
    expect(series).toMatchObject({
      verdict: { year: 2025, status: 'due_no_result' },
      lastResult: { year: 2023, met: true },
      unpublishedYears: [2024, 2025],
      latest: { value: 822, date: '2023-12-31' },
    });
  });

  it('a missed target carries the figure that settles it', () => {
    const [item] = attentionItems([row('m', otherPlan, [obs('2025-12-31', 7000)])], [], new Set());
    expect(item?.result).toEqual({ value: 7000, date: '2025-12-31' });
  });

  it('is empty when nothing applies: a target still running on track is not listed', () => {
    const running = makeIndicator({ id: 'r', observations: [obs('2025-06-30', 7800)] });
    const onTrack = {
      indicator: running,
      plan: otherPlan,
      evaluation: evaluate(running, otherPlan, '2025-07-01'),
    };
    expect(attentionItems([onTrack], [], new Set())).toEqual([]);
  });
});

describe(ownedFirst, () => {
  it("moves the owner's plans ahead and keeps the order otherwise", () => {
    const plans = [{ id: 'a' }, { id: 'b', owner: true as const }, { id: 'c' }];
    expect(ownedFirst(plans).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});
