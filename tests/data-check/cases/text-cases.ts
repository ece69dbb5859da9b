// Issue 16 items 3 and 6 for data files: keys written twice (JSON.parse keeps the last, so the
// figure a reviewer reads is not the one used) and names that hold only invisible characters.
import { SOURCES, WORKER, replaceText, setIn, type BadCase } from '../helpers';

const SERIES = 'data/series/good-air-days-share.json';

export const textCases: BadCase[] = [
  {
    name: 'a target value written twice ("value": 80000, "value": 8000)',
    mutate: replaceText(WORKER, '"value": 8000,', '"value": 80000,\n        "value": 8000,'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.value',
        code: 'duplicate-key',
        message: 'line 28: key "value" is written twice (first on line 27)',
      },
    ],
  },
  {
    name: 'two quotes in one citation',
    mutate: replaceText(
      WORKER,
      '"quote": "职工创新工作室达到8000家" }',
      '"quote": "职工创新工作室达到80000家", "quote": "职工创新工作室达到8000家" }',
    ),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.citation.quote',
        code: 'duplicate-key',
        message: 'line 30: key "quote" is written twice (first on line 30)',
      },
    ],
  },
  {
    name: 'two ids in one indicator',
    mutate: replaceText(
      WORKER,
      '"id": "innovation-studios",',
      '"id": "worker-homes",\n      "id": "innovation-studios",',
    ),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'id',
        code: 'duplicate-key',
        message: 'line 19: key "id" is written twice (first on line 18)',
      },
    ],
  },
  {
    name: 'two ids in one source',
    mutate: replaceText(
      SOURCES,
      '"id": "bftu-worker-plan-qa",',
      '"id": "bftu-worker-plan-qa",\n      "id": "bftu-worker-plan-qa",',
    ),
    errors: [
      {
        file: SOURCES,
        field: 'sources[0].id',
        code: 'duplicate-key',
        message: 'line 5: key "id" is written twice (first on line 4)',
      },
    ],
  },
  {
    name: 'a series name written twice in one language',
    mutate: replaceText(
      SERIES,
      '"zh": "空气质量优良天数比例",',
      '"zh": "空气质量优良天数比例", "zh": "空气质量优良天数比例",',
    ),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'name.zh',
        code: 'duplicate-key',
        message: 'line 3: key "zh" is written twice (first on line 3)',
      },
    ],
  },
  {
    name: 'an indicator name of zero-width spaces only',
    mutate: setIn(WORKER, ['indicators', 0, 'name', 'zh'], '\u200B\u200B\u200D'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'name.zh',
        code: 'invisible-name',
        message: 'holds only invisible characters',
      },
    ],
  },
  {
    name: 'a plan title of bidi controls only',
    mutate: setIn(WORKER, ['plan', 'title', 'en'], '\u202E\u2066\u2069'),
    errors: [
      {
        file: WORKER,
        field: 'plan.title.en',
        code: 'invisible-name',
        message: 'holds only invisible characters',
      },
    ],
  },
  {
    name: 'a source title of a tab and line breaks only',
    mutate: setIn(SOURCES, ['sources', 1, 'title', 'en'], '\t\r\n'),
    errors: [
      {
        file: SOURCES,
        field: 'sources[1].title.en',
        code: 'invisible-name',
        message: 'holds only invisible characters',
      },
    ],
  },
  {
    name: 'a series name of a zero-width joiner only',
    mutate: setIn(SERIES, ['name', 'zh'], '\u2060'),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'name.zh',
        code: 'invisible-name',
        message: 'holds only invisible characters',
      },
    ],
  },
  // Issue 24 item 6: a bidi control anywhere in a name, not only a name made of them.
  {
    name: 'an indicator name holding a right-to-left override before visible text',
    mutate: setIn(WORKER, ['indicators', 0, 'name', 'en'], 'Worker \u202Eemoh'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'name.en',
        code: 'bidi-control',
        message: 'holds the bidi control U+202E',
      },
    ],
  },
  {
    name: 'a source title holding an isolate',
    mutate: setIn(SOURCES, ['sources', 1, 'title', 'zh'], '北京市\u2067总工会\u2069通知'),
    errors: [
      {
        file: SOURCES,
        field: 'sources[1].title.zh',
        code: 'bidi-control',
        message: 'holds the bidi control U+2067',
      },
    ],
  },
  {
    name: 'a series name ending in a right-to-left mark',
    mutate: setIn(SERIES, ['name', 'zh'], '空气质量优良天数比例\u200F'),
    errors: [
      {
        file: SERIES,
        series: 'good-air-days-share',
        field: 'name.zh',
        code: 'bidi-control',
        message: 'holds the bidi control U+200F',
      },
    ],
  },
];
