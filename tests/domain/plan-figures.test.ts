// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figureMatches, figuresByPlan } from '../../src/domain/evaluation/plan-figures';
import type { CatalogFigure, Source } from '../../src/domain/dataset/schema';

const NO_FILTERS = { plan: null, category: null, status: null, q: '' };

const source: Source = {
  id: 'seed-001',
  title: { zh: '市人大新闻发布会', en: 'Press conference' },
  publisher: { zh: '劳动午报', en: 'Laodong Wubao' },
  date: '2024-01-25',
  kind: 'seed',
};

function figure(overrides: Partial<CatalogFigure>): CatalogFigure {
  return {
    id: 'high-skilled-talent-2023',
    plan: 'livelihood-2024',
    name: { zh: '全市高技能人才', en: 'High-skilled talent' },
    category: 'skills',
    unit: 'count',
    kind: 'actual',
    date: '2023-12-31',
    value: 1180000,
    citation: { source: 'seed-001', quote: '截至2023年底,全市共有高技能人才118万人' },
    ...overrides,
  };
}

const talent = figure({});
const beds = figure({
  id: 'pediatric-beds',
  name: { zh: '新增儿科病床', en: 'Paediatric beds to add' },
  category: 'health',
  kind: 'planned',
  date: '2024-01-24',
  value: 400,
});
const homes = figure({ id: 'homes', plan: 'worker-plan', category: 'services' });

describe(figureMatches, () => {
  it('passes every figure when no filter is set', () => {
    expect([talent, beds, homes].every((f) => figureMatches(f, NO_FILTERS))).toBe(true);
  });

  it('filters by plan, category and search text in either language', () => {
    expect(figureMatches(homes, { ...NO_FILTERS, plan: 'livelihood-2024' })).toBe(false);
    expect(figureMatches(beds, { ...NO_FILTERS, category: 'health' })).toBe(true);
    expect(figureMatches(talent, { ...NO_FILTERS, category: 'health' })).toBe(false);
    expect(figureMatches(beds, { ...NO_FILTERS, q: '儿科' })).toBe(true);
    expect(figureMatches(beds, { ...NO_FILTERS, q: 'PAEDIATRIC beds' })).toBe(true);
    expect(figureMatches(talent, { ...NO_FILTERS, q: '儿科' })).toBe(false);
  });

  it('hides every figure under a status filter: figures are never given a status', () => {
    expect(figureMatches(talent, { ...NO_FILTERS, status: 'no_data' })).toBe(false);
  });
});

describe(figuresByPlan, () => {
  const catalog = { figures: [talent, beds, homes], sources: [source] };

  it('groups the figures by plan, in data order, with their source title', () => {
    const groups = figuresByPlan(catalog, NO_FILTERS, '2026-01-01');
    expect([...groups.keys()]).toEqual(['livelihood-2024', 'worker-plan']);
    expect(groups.get('livelihood-2024')?.map((f) => f.id)).toEqual([
      'high-skilled-talent-2023',
      'pediatric-beds',
    ]);
    expect(groups.get('livelihood-2024')?.[0]?.sourceTitle).toEqual(source.title);
  });

  it('leaves out what was not yet published on the as-of date', () => {
    expect(figuresByPlan(catalog, NO_FILTERS, '2024-01-24').size).toBe(0);
    expect(figuresByPlan(catalog, NO_FILTERS, '2024-01-25').get('livelihood-2024')).toHaveLength(2);
  });

  it('leaves out an actual figure dated after the as-of date, but keeps a planned one', () => {
    const later = figure({
      id: 'later',
      date: '2025-12-31',
      citation: { source: 'x', quote: 'q' },
    });
    const due = figure({ ...later, id: 'due', kind: 'planned' });
    const groups = figuresByPlan({ figures: [later, due], sources: [] }, NO_FILTERS, '2025-06-30');
    expect(groups.get('livelihood-2024')?.map((f) => [f.id, f.sourceTitle])).toEqual([
      ['due', null],
    ]);
  });

  it('drops plans none of whose figures pass the filters', () => {
    const groups = figuresByPlan(catalog, { ...NO_FILTERS, category: 'services' }, '2026-01-01');
    expect([...groups.keys()]).toEqual(['worker-plan']);
  });
});
