// A plan's figures (reported or planned numbers with no target) follow the same rules as
// every other number: a known source, a quote that states the value, unique ids, no future actuals.
import { AIR, WORKER, all, removeIn, setIn, type BadCase } from '../helpers';

const GOOD_AIR = ['figures', 0];
const JOBS = ['figures', 1];

export const figureCases: BadCase[] = [
  {
    name: 'a figure quote that does not state the figure',
    mutate: setIn(AIR, [...GOOD_AIR, 'value'], 285),
    errors: [
      {
        file: AIR,
        figure: 'good-air-days-2021',
        field: 'citation.quote',
        message: 'does not state 285',
      },
    ],
  },
  {
    name: 'a figure stored in 万 instead of in full',
    mutate: setIn(AIR, [...JOBS, 'value'], 28),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'citation.quote',
        message: "does not state 28 (values are stored in full: the quote's figure is 280000)",
      },
    ],
  },
  {
    name: 'a figure citing an unknown source',
    mutate: setIn(AIR, [...GOOD_AIR, 'citation', 'source'], 'people-air-quality'),
    errors: [
      {
        file: AIR,
        figure: 'good-air-days-2021',
        field: 'citation.source',
        message: 'unknown source "people-air-quality"',
      },
    ],
  },
  {
    name: "a figure reusing an indicator's id",
    mutate: setIn(AIR, [...JOBS, 'id'], 'worker-homes'),
    errors: [
      {
        file: AIR,
        figure: 'worker-homes',
        field: 'id',
        message: `duplicate id "worker-homes" (also in ${WORKER} at indicators[2])`,
      },
    ],
  },
  {
    name: 'two figures with one id in different files',
    mutate: setIn(
      WORKER,
      ['figures'],
      [
        {
          id: 'good-air-days-2021',
          name: { zh: '职工创新工作室', en: 'Worker innovation studios' },
          category: 'innovation',
          unit: 'count',
          kind: 'planned',
          date: '2025-12-31',
          value: 8000,
          citation: { source: 'bftu-worker-plan-qa', quote: '职工创新工作室达到8000家' },
        },
      ],
    ),
    errors: [
      {
        file: WORKER,
        figure: 'good-air-days-2021',
        field: 'id',
        message: `duplicate id "good-air-days-2021" (also in ${AIR} at figures[0])`,
      },
    ],
  },
  {
    name: 'an actual figure dated in the future',
    mutate: setIn(AIR, [...GOOD_AIR, 'date'], '2026-12-31'),
    errors: [
      {
        file: AIR,
        figure: 'good-air-days-2021',
        field: 'date',
        message:
          '2026-12-31 is in the future (today is 2026-11-24): a figure not reported yet is "planned"',
      },
    ],
  },
  {
    name: 'a figure of an unknown kind',
    mutate: setIn(AIR, [...JOBS, 'kind'], 'forecast'),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'kind',
        message: 'must be one of "actual", "planned"; got "forecast"',
      },
    ],
  },
  {
    name: 'a figure percent over 100',
    mutate: all(
      setIn(AIR, [...GOOD_AIR, 'unit'], 'percent'),
      setIn(AIR, [...GOOD_AIR, 'value'], 288),
    ),
    errors: [
      {
        file: AIR,
        figure: 'good-air-days-2021',
        field: 'value',
        message: 'a percent must be within 0–100',
      },
    ],
  },
  {
    name: 'a negative figure',
    mutate: setIn(AIR, [...JOBS, 'value'], -280000),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'value',
        message: 'must not be negative',
      },
    ],
  },
  {
    name: 'a figure with no date',
    mutate: removeIn(AIR, [...GOOD_AIR, 'date']),
    errors: [{ file: AIR, figure: 'good-air-days-2021', field: 'date', message: 'is required' }],
  },
  {
    name: 'a figure given a target, as if it were an indicator',
    mutate: setIn(AIR, [...JOBS, 'target'], { value: 280000 }),
    errors: [
      {
        file: AIR,
        figure: 'new-urban-jobs-2026',
        field: 'target',
        message: 'unknown key "target"',
      },
    ],
  },
  {
    name: 'a count figure backed only by a percentage',
    mutate: all(
      setIn(AIR, [...GOOD_AIR, 'unit'], 'count'),
      setIn(AIR, [...GOOD_AIR, 'value'], 78.9),
    ),
    errors: [
      {
        file: AIR,
        figure: 'good-air-days-2021',
        field: 'citation.quote',
        message: 'does not state 78.9 (the quote gives it only as a percentage)',
      },
    ],
  },
  {
    name: 'figures that are not a list',
    mutate: setIn(AIR, ['figures'], { 'good-air-days-2021': 288 }),
    errors: [{ file: AIR, field: 'figures', message: 'must be an array, got an object' }],
  },
];
