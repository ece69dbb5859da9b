// Series files (data/series/<id>.json): a year's target, actual and stated verdict, checked for
// shape, for the series' own rules and against the rest of the dataset.
import { SOURCES, WORKER, addFile, all, pushIn, renameFile, setIn, type BadCase } from '../helpers';

export const SERIES = 'data/series/good-air-days-share.json';
const Y2024 = ['years', 0];
const Y2025 = ['years', 1];

export const seriesCases: BadCase[] = [
  {
    name: 'two different targets for one series year',
    mutate: pushIn(SERIES, ['years'], {
      year: 2025,
      target: {
        value: 82,
        comparator: 'gte',
        citations: [{ source: 'gov-work-report-2026', quote: '优良天数比例达到82%' }],
      },
    }),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[2].year',
        message: 'two different targets for 2025 (80 at years[1], 82 here)',
      },
    ],
  },
  {
    name: 'a series year outside the span',
    mutate: setIn(SERIES, [...Y2024, 'year'], 2023),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[0].year',
        message: "2023 is outside the series' span 2024–2026",
      },
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[0].actual.date',
        message: 'an actual for 2023 must be dated in 2023',
      },
    ],
  },
  {
    name: 'an actual dated in another year',
    mutate: setIn(SERIES, [...Y2025, 'actual', 'date'], '2026-01-04'),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].actual.date',
        message: 'an actual for 2025 must be dated in 2025',
      },
    ],
  },
  {
    name: 'a repost that does not name its original outlet',
    mutate: setIn(SOURCES, ['sources', 4, 'originalOutlet'], undefined),
    errors: [
      {
        file: SOURCES,
        field: 'sources[4].originalOutlet',
        message: 'a repost must name its original outlet',
      },
    ],
  },
  {
    name: 'an original outlet on a source that is not a repost',
    mutate: setIn(SOURCES, ['sources', 2, 'originalOutlet'], { zh: '人民网', en: 'People' }),
    errors: [
      {
        file: SOURCES,
        field: 'sources[2].originalOutlet',
        message: 'only a repost names an original outlet',
      },
    ],
  },
  {
    name: 'a curated source of the simulated kind',
    mutate: setIn(SOURCES, ['sources', 2, 'kind'], 'simulated'),
    errors: [
      {
        file: SOURCES,
        field: 'sources[2].kind',
        message: 'only demo mode generates simulated figures',
      },
    ],
  },
  {
    name: 'a series target whose comparator contradicts the direction',
    mutate: setIn(SERIES, [...Y2025, 'target', 'comparator'], 'lte'),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].target.comparator',
        message: 'an increase series needs comparator "gte"',
      },
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].verdict.met',
        message: 'the stated verdict (met) contradicts the actual 85.2 against the target 80',
      },
    ],
  },
  {
    name: 'a series year with nothing in it',
    mutate: pushIn(SERIES, ['years'], { year: 2026 }),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[2]',
        message: 'needs a target, an actual or a stated verdict',
      },
    ],
  },
  {
    name: 'a series target with no citation',
    mutate: setIn(SERIES, [...Y2025, 'target', 'citations'], []),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].target.citations',
        message: 'needs at least one citation',
      },
    ],
  },
  {
    name: 'a series actual whose quote does not state it',
    mutate: setIn(SERIES, [...Y2024, 'actual', 'value'], 79.5),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[0].actual.citations[0].citation.quote',
        message: 'does not state 79.5',
      },
    ],
  },
  {
    name: 'a series citing an unknown source and an unknown plan',
    mutate: all(
      setIn(SERIES, [...Y2025, 'verdict', 'citations', 0, 'source'], 'no-such-source'),
      setIn(SERIES, [...Y2025, 'plan'], 'no-such-plan'),
    ),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].plan',
        message: 'unknown plan "no-such-plan"',
      },
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[1].verdict.citations[0].source',
        message: 'unknown source "no-such-source"',
      },
    ],
  },
  {
    name: 'a series reusing an indicator id',
    mutate: setIn(SERIES, ['id'], 'innovation-studios'),
    errors: [
      {
        file: SERIES,
        series: 'innovation-studios',
        field: 'id',
        message: `duplicate id "innovation-studios" (also in ${WORKER} at indicators[0])`,
      },
      {
        file: SERIES,
        series: 'innovation-studios',
        field: 'id',
        message: 'must be saved as data/series/innovation-studios.json',
      },
    ],
  },
  {
    name: 'a series actual reported from the future',
    mutate: all(
      setIn(SERIES, ['span', 'last'], 2027),
      pushIn(SERIES, ['years'], {
        year: 2027,
        actual: {
          value: 85.2,
          date: '2027-12-31',
          citations: [{ source: 'chinanews-air-quality-2025', quote: '達到85.2%' }],
        },
      }),
    ),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'years[2].actual.date',
        message: '2027-12-31 is in the future (today is 2026-11-24)',
      },
    ],
  },
  {
    name: 'a series file in a sub-folder of series/',
    mutate: all(renameFile(SERIES, 'data/series/extra/good-air-days-share.json')),
    errors: [
      {
        file: 'data/series/extra/good-air-days-share.json',
        field: '',
        message: 'is not part of the dataset',
      },
    ],
  },
  {
    name: 'a series with an unknown key',
    mutate: addFile('data/series/typo.json', JSON.stringify({ id: 'typo', nmae: 'x' })),
    errors: [
      { file: 'data/series/typo.json', series: 'typo', field: 'name', message: 'is required' },
      {
        file: 'data/series/typo.json',
        series: 'typo',
        field: 'category',
        message: 'must be one of',
      },
      { file: 'data/series/typo.json', series: 'typo', field: 'unit', message: 'must be one of' },
      {
        file: 'data/series/typo.json',
        series: 'typo',
        field: 'direction',
        message: 'must be one of',
      },
      { file: 'data/series/typo.json', series: 'typo', field: 'span', message: 'is required' },
      { file: 'data/series/typo.json', series: 'typo', field: 'years', message: 'is required' },
      {
        file: 'data/series/typo.json',
        series: 'typo',
        field: 'nmae',
        message: 'unknown key "nmae"',
      },
    ],
  },
];
