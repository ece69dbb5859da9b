// Issue 16 item 2: quotes that hold the right digits but not the right meaning.
import { AIR, WORKER, pushIn, setIn, type BadCase } from '../helpers';

const SERIES = 'data/series/good-air-days-share.json';
const STUDIO_QUOTE = ['indicators', 0, 'target', 'citation', 'quote'];
const quoteCase = (
  name: string,
  file: string,
  keys: (string | number)[],
  quote: string,
  where: { indicator?: string; figure?: string; series?: string; field: string },
  code: string,
  message: string,
): BadCase => ({
  name,
  mutate: setIn(file, keys, quote),
  errors: [{ file, ...where, code, message }],
});
const studio = { indicator: 'innovation-studios', field: 'target.citation.quote' };
const compound = (id: string, value: number, quoteKey?: string) => ({
  id,
  plan: 'worker-development-2021-2025',
  name: { zh: id, en: id },
  category: 'housing',
  unit: 'count',
  measure: { zh: '个', en: 'compounds' },
  direction: 'increase',
  target: {
    value,
    comparator: 'gte',
    // 年内 in the quote is the source's own year (2021).
    deadline: '2021-12-31',
    citation: {
      source: 'bftu-worker-plan-qa',
      quote: '计划在年内实现新开工300个小区,完工200个小区',
      ...(quoteKey ? { quoteKey } : {}),
    },
  },
  observations: [],
});

export const meaningCases: BadCase[] = [
  quoteCase(
    'a 90% rate backed by 达到90个',
    WORKER,
    ['indicators', 1, 'target', 'citation', 'quote'],
    '百人以上企业集体合同签订率达到90个',
    { indicator: 'collective-contract-rate', field: 'target.citation.quote' },
    'quote-not-percent',
    'not written as a share',
  ),
  quoteCase(
    'a ≥ target whose quote says 不超过',
    WORKER,
    STUDIO_QUOTE,
    '职工创新工作室不超过8000家',
    studio,
    'quote-comparator',
    '"不超过" (≤)',
  ),
  quoteCase(
    'a ≥ target whose quote says 不超過 (traditional)',
    WORKER,
    STUDIO_QUOTE,
    '職工創新工作室不超過8000家',
    studio,
    'quote-comparator',
    '"不超过" (≤)',
  ),
  quoteCase(
    'a ≥ target whose quote says 减少',
    WORKER,
    ['indicators', 2, 'target', 'citation', 'quote'],
    '职工之家减少1.8万个',
    { indicator: 'worker-homes', field: 'target.citation.quote' },
    'quote-comparator',
    '"减少" (≤)',
  ),
  quoteCase(
    'a ≥ target whose quote says 以內 (traditional)',
    SERIES,
    ['years', 1, 'target', 'citations', 0, 'quote'],
    '优良天数比例控制在80%以內',
    { series: 'good-air-days-share', field: 'years[1].target.citations[0].citation.quote' },
    'quote-comparator',
    '(≤) but the target is ≥',
  ),
  quoteCase(
    'a ≤ target whose quote says 不少於 (traditional)',
    AIR,
    ['indicators', 0, 'target', 'citation', 'quote'],
    '細顆粒物年均濃度不少於29微克/立方米',
    { indicator: 'pm25-annual-average', field: 'target.citation.quote' },
    'quote-comparator',
    '"不少于" (≥)',
  ),
  quoteCase(
    'a 2025 deadline whose quote says 到2030年',
    WORKER,
    STUDIO_QUOTE,
    '到2030年,职工创新工作室达到8000家',
    studio,
    'quote-deadline',
    'for 2030, not 2025',
  ),
  quoteCase(
    'a series target whose quote names another year',
    SERIES,
    ['years', 1, 'target', 'citations', 0, 'quote'],
    '到2027年优良天数比例首次突破80%',
    { series: 'good-air-days-share', field: 'years[1].target.citations[0].citation.quote' },
    'quote-deadline',
    'for 2027, not 2025',
  ),
  {
    name: 'a target equal to a year in its quote (2026年…)',
    mutate: (files) => {
      setIn(WORKER, ['indicators', 0, 'target', 'value'], 2026)(files);
      setIn(WORKER, STUDIO_QUOTE, '2026年,职工创新工作室达到8000家')(files);
    },
    errors: [{ file: WORKER, ...studio, code: 'quote-year', message: 'followed by 年' }],
  },
  quoteCase(
    'an 8000 found in 咨询电话8000',
    WORKER,
    STUDIO_QUOTE,
    '职工创新工作室咨询电话8000',
    studio,
    'quote-label',
    'is a label',
  ),
  quoteCase(
    'a count in another measure word (8000个 for 家)',
    WORKER,
    STUDIO_QUOTE,
    '职工创新工作室达到8000个',
    studio,
    'quote-measure',
    'counted in "个", not in "家"',
  ),
  quoteCase(
    'days backed by a number without 天',
    AIR,
    ['figures', 0, 'citation', 'quote'],
    '2021年,北京市优良天数达到288,占比78.9%',
    { figure: 'good-air-days-2021', field: 'citation.quote' },
    'quote-measure',
    'not in "天"',
  ),
  {
    name: 'a value of 280000.0002 for 28万',
    mutate: setIn(AIR, ['figures', 1, 'value'], 280000.0002),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'citation.quote',
        code: 'quote-value-inexact',
        message: 'states 280000, not 280000.0002',
      },
    ],
  },
  {
    name: 'the 300/200 targets swapped under a shared quote with quoteKeys',
    mutate: (files) => {
      pushIn(WORKER, ['indicators'], compound('compound-starts', 200, '新开工'))(files);
      pushIn(WORKER, ['indicators'], compound('compound-completions', 300, '完工'))(files);
    },
    errors: [
      {
        file: WORKER,
        indicator: 'compound-starts',
        field: 'target.citation.quoteKey',
        code: 'quote-key-mismatch',
        message: 'is 300, not 200',
      },
      {
        file: WORKER,
        indicator: 'compound-completions',
        field: 'target.citation.quoteKey',
        code: 'quote-key-mismatch',
        message: 'is 200, not 300',
      },
    ],
  },
  {
    name: 'the later of two figures of one kind with no quoteKey',
    mutate: (files) => {
      pushIn(WORKER, ['indicators'], compound('compound-starts', 300))(files);
      pushIn(WORKER, ['indicators'], compound('compound-completions', 200))(files);
    },
    errors: [
      {
        file: WORKER,
        indicator: 'compound-completions',
        field: 'target.citation.quoteKey',
        code: 'quote-key-needed',
        message: 'e.g. "完工"',
      },
    ],
  },
  {
    name: 'a quoteKey that is not in the quote',
    mutate: setIn(AIR, ['indicators', 0, 'references', 0, 'citation', 'quoteKey'], '平均为'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'references[0].citation.quoteKey',
        code: 'quote-key-missing',
        message: 'quoteKey "平均为" is not in the quote',
      },
    ],
  },
  // Issue 24 item 6: the year a target is set for, in other words than 到…年.
  quoteCase(
    'a 2025 target whose quote says 在2027年实现',
    WORKER,
    STUDIO_QUOTE,
    '规划在2027年实现职工创新工作室不少于8000家',
    studio,
    'quote-deadline',
    'for 2027, not 2025',
  ),
  quoteCase(
    'a series target whose quote says 在2027年…提高到',
    SERIES,
    ['years', 1, 'target', 'citations', 0, 'quote'],
    '在2027年优良天数比例提高到80%',
    { series: 'good-air-days-share', field: 'years[1].target.citations[0].citation.quote' },
    'quote-deadline',
    'for 2027, not 2025',
  ),
  quoteCase(
    'a 2025 target whose quote says 2027年底',
    WORKER,
    STUDIO_QUOTE,
    '2027年底职工创新工作室达到8000家',
    studio,
    'quote-deadline',
    'for 2027, not 2025',
  ),
  quoteCase(
    'a 2025 target whose quote names its year after the figure',
    WORKER,
    STUDIO_QUOTE,
    '职工创新工作室达到8000家,2027年实现',
    studio,
    'quote-deadline',
    'for 2027, not 2025',
  ),
  quoteCase(
    'a 2025 target whose quote says 年内 in a source of 2021',
    WORKER,
    STUDIO_QUOTE,
    '年内职工创新工作室达到8000家',
    studio,
    'quote-deadline',
    'for 2021, not 2025',
  ),
  quoteCase(
    'a 2025 target whose figure follows 2027年, after a 2025年 clause',
    WORKER,
    STUDIO_QUOTE,
    '2025年建成一批,在2027年职工创新工作室达到8000家',
    studio,
    'quote-deadline',
    'for 2027, not 2025',
  ),
  {
    name: 'a planned 2026 figure whose quote says 规划在2027年实现',
    mutate: setIn(
      AIR,
      ['figures', 1, 'citation', 'quote'],
      '规划在2027年实现城镇新增就业不少于28万人',
    ),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'citation.quote',
        code: 'quote-deadline',
        message: 'for 2027, not 2026',
      },
    ],
  },
];
