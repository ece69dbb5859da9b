// A small hand-made dataset (one source, one plan with one indicator, one series) and helpers to
// build curation updates and candidates against it.
import type { DataFile } from '../../src/domain/dataset/data-error';
import type { Candidate } from '../../src/domain/curation/candidate';
import {
  CURATION_FORMAT,
  type CurationEntry,
  type CurationUpdate,
} from '../../src/domain/curation/update-file';
import type { Catalog, Indicator, Source } from '../../src/domain/dataset/schema';

export const TODAY = '2026-12-07';
export const STARTS_QUOTE = '2023年实现老旧小区改造新开工355个、完工183个';

export const SOURCE_A: Source = {
  id: 'src-a',
  title: { zh: '新闻发布会', en: 'Press conference' },
  publisher: { zh: '劳动午报', en: 'Laodong Wubao' },
  date: '2024-01-25',
  kind: 'media',
  url: 'https://example.org/a',
};

export const SOURCE_B: Source = {
  id: 'src-b',
  title: { zh: '工作报告', en: 'Work report' },
  publisher: { zh: '市政府', en: 'City government' },
  date: '2024-02-01',
  kind: 'official',
  url: 'https://example.org/b',
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const PLAN = {
  plan: {
    id: 'p1',
    title: { zh: '职工发展规划', en: 'Worker plan' },
    issuer: { zh: '市总工会', en: 'BFTU' },
    published: '2021-08-01',
    period: { start: '2021-01-01', end: '2025-12-31' },
    citation: { source: 'src-a', quote: '规划正式发布' },
  },
  indicators: [
    {
      id: 'studios',
      plan: 'p1',
      name: { zh: '职工创新工作室', en: 'Worker innovation studios' },
      category: 'innovation',
      unit: 'count',
      measure: { zh: '家', en: 'studios' },
      direction: 'increase',
      target: {
        value: 8000,
        comparator: 'gte',
        deadline: '2025-12-31',
        citation: { source: 'src-a', quote: '职工创新工作室达到8000家' },
      },
      observations: [],
    },
  ],
};

export const SERIES = {
  id: 'starts',
  name: { zh: '老旧小区改造新开工', en: 'Old compound renovation starts' },
  category: 'housing',
  unit: 'count',
  measure: { zh: '个', en: 'compounds' },
  direction: 'increase',
  span: { first: 2023, last: 2024 },
  years: [
    {
      year: 2023,
      actual: {
        value: 355,
        date: '2023-12-31',
        citations: [{ source: 'src-a', quote: STARTS_QUOTE }],
      },
    },
  ],
};

export const FILES: DataFile[] = [
  { path: 'data/sources.json', text: json({ sources: [SOURCE_A] }) },
  { path: 'data/plans/p1.json', text: json(PLAN) },
  { path: 'data/series/starts.json', text: json(SERIES) },
];

export const update = (entries: CurationEntry[], sources: Source[] = []): CurationUpdate => ({
  format: CURATION_FORMAT,
  baseDataset: 'test',
  madeAt: `${TODAY}T10:00:00Z`,
  sources,
  entries,
});

/** The JSON of a file as written, or as it was. */
export const written = (changed: DataFile[], path: string): Record<string, unknown> =>
  JSON.parse((changed.find((f) => f.path === path) ?? FILES.find((f) => f.path === path))!.text);

export const candidate = (fields: Partial<Candidate>): Candidate => ({
  kind: 'target',
  value: 300,
  unit: 'count',
  measure: '个',
  comparator: null,
  year: 2024,
  deadline: '2024-12-31',
  date: null,
  subject: '新开工',
  quote: '计划在年内实现新开工300个小区',
  quoteKey: null,
  at: 0,
  problem: null,
  match: 'new',
  ...fields,
});

/** The fixture dataset as the API serves it (catalog and indicators), for the app-side functions. */
export function fixtureApi(): { catalog: Catalog; indicators: Indicator[] } {
  const catalog = {
    plans: [PLAN.plan],
    sources: [SOURCE_A],
    figures: [],
    series: [SERIES],
    datasetHash: 'abc',
    generatedAt: `${TODAY}T00:00:00Z`,
  } as unknown as Catalog;
  return { catalog, indicators: PLAN.indicators as unknown as Indicator[] };
}
