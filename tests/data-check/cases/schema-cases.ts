// Bad values the schema itself rejects; each must come back under the right indicator and field.
import { AIR, SOURCES, WORKER, editText, pushIn, removeIn, setIn, type BadCase } from '../helpers';

const STUDIOS = ['indicators', 0];
const RATE = ['indicators', 1];
const PM25 = ['indicators', 0];

export const schemaCases: BadCase[] = [
  {
    name: 'a target value written as a string',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'value'], '8000'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.value',
        message: 'must be a number, got "8000"',
      },
    ],
  },
  {
    name: 'a name given as a number',
    mutate: setIn(WORKER, [...STUDIOS, 'name'], 42),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'name',
        message: 'must be an object, got 42',
      },
    ],
  },
  {
    name: 'an observation value "NaN" (JSON has no NaN, so it came as a string)',
    mutate: setIn(AIR, [...PM25, 'observations', 0, 'value'], 'NaN'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[0].value',
        message: 'must be a number, got "NaN"',
      },
    ],
  },
  {
    name: 'a missing target',
    mutate: removeIn(WORKER, [...STUDIOS, 'target']),
    errors: [
      { file: WORKER, indicator: 'innovation-studios', field: 'target', message: 'is required' },
    ],
  },
  {
    name: 'a target without its citation',
    mutate: removeIn(WORKER, [...RATE, 'target', 'citation']),
    errors: [
      {
        file: WORKER,
        indicator: 'collective-contract-rate',
        field: 'target.citation',
        message: 'is required',
      },
    ],
  },
  {
    name: 'a citation without its quote',
    mutate: removeIn(AIR, [...PM25, 'baseline', 'citation', 'quote']),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'baseline.citation.quote',
        message: 'is required',
      },
    ],
  },
  {
    name: 'a name without its English',
    mutate: removeIn(WORKER, ['indicators', 2, 'name', 'en']),
    errors: [{ file: WORKER, indicator: 'worker-homes', field: 'name.en', message: 'is required' }],
  },
  {
    name: 'an indicator without observations (an empty list is required)',
    mutate: removeIn(WORKER, ['indicators', 2, 'observations']),
    errors: [
      { file: WORKER, indicator: 'worker-homes', field: 'observations', message: 'is required' },
    ],
  },
  {
    name: 'an indicator that has lost its id',
    mutate: removeIn(WORKER, [...RATE, 'id']),
    errors: [{ file: WORKER, indicator: 'indicators[1]', field: 'id', message: 'is required' }],
  },
  {
    name: 'an indicator that is not an object',
    mutate: setIn(WORKER, RATE, 'collective-contract-rate'),
    errors: [
      {
        file: WORKER,
        indicator: 'indicators[1]',
        field: '',
        message: 'must be an object, got "collective-contract-rate"',
      },
    ],
  },
  {
    name: 'a plan file holding an array',
    mutate: editText(AIR, () => '[]\n'),
    errors: [{ file: AIR, field: '', message: 'must be an object, got an array' }],
  },
  {
    name: 'an unknown key inside a target',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'goal'], 8000),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.goal',
        message: 'unknown key "goal"',
      },
    ],
  },
  {
    name: 'an unknown top-level key in a plan file',
    mutate: setIn(AIR, ['version'], 2),
    errors: [{ file: AIR, field: 'version', message: 'unknown key "version"' }],
  },
  {
    name: 'an unknown unit',
    mutate: setIn(WORKER, [...STUDIOS, 'unit'], '家'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'unit',
        message: 'must be one of "percent", "count", "days", "ug_m3"; got "家"',
      },
    ],
  },
  {
    name: 'an unknown category',
    mutate: setIn(WORKER, ['indicators', 2, 'category'], 'welfare'),
    errors: [
      { file: WORKER, indicator: 'worker-homes', field: 'category', message: 'got "welfare"' },
    ],
  },
  {
    name: 'an unknown direction',
    mutate: setIn(AIR, [...PM25, 'direction'], 'down'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'direction',
        message: 'must be one of "increase", "decrease"; got "down"',
      },
    ],
  },
  {
    name: 'a comparator that contradicts the direction',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'comparator'], 'lte'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.comparator',
        message: 'needs comparator "gte"',
      },
    ],
  },
  {
    name: 'a target equal to the baseline',
    mutate: setIn(AIR, [...PM25, 'target', 'value'], 33),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'target.value',
        message: 'must differ from the baseline',
      },
    ],
  },
  {
    name: 'a decrease target above its baseline',
    mutate: setIn(AIR, [...PM25, 'target', 'value'], 35),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'target.value',
        message: 'must lie on that side of the baseline',
      },
    ],
  },
  {
    name: 'a rate target over 100%',
    mutate: setIn(WORKER, [...RATE, 'target', 'value'], 120),
    errors: [
      {
        file: WORKER,
        indicator: 'collective-contract-rate',
        field: 'target.value',
        message: 'a percent must be within 0–100, got 120',
      },
    ],
  },
  {
    name: 'a negative percent observation',
    mutate: pushIn(WORKER, [...RATE, 'observations'], {
      date: '2023-12-31',
      value: -5,
      citation: { source: 'bftu-worker-plan-qa', quote: '签订率下降5%' },
    }),
    errors: [
      {
        file: WORKER,
        indicator: 'collective-contract-rate',
        field: 'observations[0].value',
        message: 'a percent must be within 0–100',
      },
    ],
  },
  {
    name: 'a quote longer than 200 characters',
    mutate: setIn(
      WORKER,
      [...STUDIOS, 'target', 'citation', 'quote'],
      `职工创新工作室达到8000家${'。'.repeat(190)}`,
    ),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.citation.quote',
        message: 'must be at most 200 characters, got a 204-character text',
      },
    ],
  },
  {
    name: 'an empty quote',
    mutate: setIn(AIR, [...PM25, 'observations', 1, 'citation', 'quote'], '  '),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[1].citation.quote',
        message: 'must not be empty',
      },
    ],
  },
  {
    name: 'an empty plan citation quote',
    mutate: setIn(WORKER, ['plan', 'citation', 'quote'], ''),
    errors: [{ file: WORKER, field: 'plan.citation.quote', message: 'must not be empty' }],
  },
  {
    name: 'an impossible date (2025-02-30)',
    mutate: setIn(WORKER, [...RATE, 'target', 'deadline'], '2025-02-30'),
    errors: [
      {
        file: WORKER,
        indicator: 'collective-contract-rate',
        field: 'target.deadline',
        message: 'must be a real date written YYYY-MM-DD, got "2025-02-30"',
      },
    ],
  },
  {
    name: 'a date written with slashes',
    mutate: setIn(AIR, [...PM25, 'observations', 0, 'date'], '2024/12/31'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[0].date',
        message: 'must be a real date written YYYY-MM-DD',
      },
    ],
  },
  {
    name: 'a date that is a word ("soon")',
    mutate: setIn(AIR, ['plan', 'published'], 'soon'),
    errors: [
      {
        file: AIR,
        field: 'plan.published',
        message: 'must be a real date written YYYY-MM-DD, got "soon"',
      },
    ],
  },
  {
    name: 'observations out of order',
    mutate: setIn(AIR, [...PM25, 'observations', 1, 'date'], '2023-12-31'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[1].date',
        message: 'must be in date order',
      },
    ],
  },
  {
    name: 'two observations on the same date',
    mutate: setIn(AIR, [...PM25, 'observations', 1, 'date'], '2024-12-31'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[1].date',
        message: 'no repeated date',
      },
    ],
  },
  {
    name: 'an id in the wrong case',
    mutate: setIn(WORKER, [...STUDIOS, 'id'], 'Innovation-Studios'),
    errors: [
      {
        file: WORKER,
        indicator: 'Innovation-Studios',
        field: 'id',
        message: 'must be lower-case kebab-case',
      },
    ],
  },
  {
    name: 'a source url that is not http(s)',
    mutate: setIn(SOURCES, ['sources', 1, 'url'], 'ftp://bbs.bztdxxl.com/thread-1343776-1-1.html'),
    errors: [{ file: SOURCES, field: 'sources[1].url', message: 'must be an http(s) URL' }],
  },
  {
    name: 'a source of unknown kind',
    mutate: setIn(SOURCES, ['sources', 0, 'kind'], 'blog'),
    errors: [{ file: SOURCES, field: 'sources[0].kind', message: 'got "blog"' }],
  },
];
