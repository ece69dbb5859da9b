// Problems that only show across fields or files: ids, references, dates and the quotes' numbers.
import {
  AIR,
  SOURCES,
  WORKER,
  addFile,
  all,
  copyJson,
  pushIn,
  removeFile,
  renameFile,
  setIn,
  type BadCase,
} from '../helpers';

const STUDIOS = ['indicators', 0];
const PM25 = ['indicators', 0];
const COPY = 'data/plans/worker-development-copy.json';

export const datasetCases: BadCase[] = [
  {
    name: 'two indicators with one id in the same file',
    mutate: setIn(WORKER, ['indicators', 2, 'id'], 'innovation-studios'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'id',
        message: `duplicate indicator id "innovation-studios" (also in ${WORKER} at indicators[0])`,
      },
    ],
  },
  {
    name: 'two indicators with one id in different files',
    mutate: setIn(AIR, [...PM25, 'id'], 'worker-homes'),
    errors: [
      {
        file: WORKER,
        indicator: 'worker-homes',
        field: 'id',
        message: `duplicate indicator id "worker-homes" (also in ${AIR} at indicators[0])`,
      },
    ],
  },
  {
    name: 'two sources with one id',
    mutate: pushIn(
      SOURCES,
      ['sources'],
      (json: unknown) => (json as { sources: unknown[] }).sources[0],
    ),
    errors: [
      {
        file: SOURCES,
        field: 'sources[6].id',
        message: 'duplicate source id "bftu-worker-plan-qa" (first at sources[0])',
      },
    ],
  },
  {
    name: 'two plan files with one plan id',
    mutate: addFile(COPY, (files) =>
      copyJson(files, WORKER, (json) => {
        json.indicators = [];
      }),
    ),
    errors: [
      {
        file: COPY,
        field: 'plan.id',
        message: `duplicate plan id "worker-development-2021-2025" (also in ${WORKER})`,
      },
      {
        file: COPY,
        field: 'plan.id',
        message: 'must be saved as data/plans/worker-development-2021-2025.json',
      },
    ],
  },
  {
    name: 'a plan file named differently from its plan id',
    mutate: renameFile(AIR, 'data/plans/air-2026.json'),
    errors: [
      {
        file: 'data/plans/air-2026.json',
        field: 'plan.id',
        message: 'plan "air-quality-2026" must be saved as data/plans/air-quality-2026.json',
      },
    ],
  },
  {
    name: 'a citation naming an unknown source',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'citation', 'source'], 'bftu-worker-plan'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.citation.source',
        message: 'unknown source "bftu-worker-plan"',
      },
    ],
  },
  {
    name: 'a plan citation naming an unknown source',
    mutate: setIn(AIR, ['plan', 'citation', 'source'], 'gov-work-report-2025'),
    errors: [
      {
        file: AIR,
        field: 'plan.citation.source',
        message: 'unknown source "gov-work-report-2025"',
      },
    ],
  },
  {
    name: 'an indicator naming an unknown plan',
    mutate: setIn(WORKER, [...STUDIOS, 'plan'], 'worker-plan'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'plan',
        message: 'unknown plan "worker-plan"',
      },
    ],
  },
  {
    name: "an indicator filed under another plan's file",
    mutate: setIn(WORKER, ['indicators', 2, 'plan'], 'air-quality-2026'),
    errors: [
      {
        file: WORKER,
        indicator: 'worker-homes',
        field: 'plan',
        message: `belongs to plan "air-quality-2026" but sits in the file of plan "worker-development-2021-2025": move it to ${AIR}`,
      },
    ],
  },
  {
    name: 'a target quote that does not state the target',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'citation', 'quote'], '职工创新工作室达到八百家'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.citation.quote',
        message: 'quote "职工创新工作室达到八百家" does not state 8000',
      },
    ],
  },
  {
    name: 'an observation quote that does not state the observation',
    mutate: setIn(
      AIR,
      [...PM25, 'observations', 1, 'citation', 'quote'],
      '細顆粒物年均濃度首次實現“破30”',
    ),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[1].citation.quote',
        message: 'does not state 27',
      },
    ],
  },
  {
    name: 'a baseline quote that does not state the baseline',
    mutate: setIn(AIR, [...PM25, 'baseline', 'citation', 'quote'], '北京市PM2.5年均浓度持续下降'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'baseline.citation.quote',
        message: 'does not state 33',
      },
    ],
  },
  {
    name: 'a reference quote that does not state the reference',
    mutate: setIn(
      WORKER,
      [...STUDIOS, 'references', 0, 'citation', 'quote'],
      '全市共有市级以上职工创新工作室六百余家',
    ),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'references[0].citation.quote',
        message: 'does not state 683',
      },
    ],
  },
  {
    name: 'a value stored in 万 instead of in full',
    mutate: setIn(WORKER, ['indicators', 2, 'target', 'value'], 1.8),
    errors: [
      {
        file: WORKER,
        indicator: 'worker-homes',
        field: 'target.citation.quote',
        message: "does not state 1.8 (values are stored in full: the quote's figure is 18000)",
      },
    ],
  },
  {
    name: 'a count backed only by a percentage',
    mutate: setIn(WORKER, ['indicators', 1, 'unit'], 'count'),
    errors: [
      {
        file: WORKER,
        indicator: 'collective-contract-rate',
        field: 'target.citation.quote',
        message: 'does not state 90 (the quote gives it only as a percentage)',
      },
    ],
  },
  {
    name: 'a reference percent over 100',
    mutate: all(
      setIn(AIR, [...PM25, 'references', 0, 'value'], 185.2),
      setIn(AIR, [...PM25, 'references', 0, 'citation', 'quote'], '優良天比率達到185.2%'),
    ),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'references[0].value',
        message: 'a percent must be within 0–100, got 185.2',
      },
    ],
  },
  {
    name: 'a deadline before the plan period starts',
    mutate: setIn(WORKER, [...STUDIOS, 'target', 'deadline'], '2020-12-31'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.deadline',
        message: 'deadline 2020-12-31 is before the plan period starts (2021-01-01)',
      },
    ],
  },
  {
    name: 'a plan period that ends before it starts',
    mutate: setIn(AIR, ['plan', 'period', 'end'], '2025-12-31'),
    errors: [
      {
        file: AIR,
        field: 'plan.period.end',
        message: 'period ends (2025-12-31) before it starts (2026-01-01)',
      },
    ],
  },
  {
    name: 'a baseline dated after the first observation',
    mutate: setIn(AIR, [...PM25, 'baseline', 'date'], '2025-06-30'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'baseline.date',
        message: 'baseline date 2025-06-30 is after the first observation (2024-12-31)',
      },
    ],
  },
  {
    name: 'an observation dated in the future',
    mutate: setIn(AIR, [...PM25, 'observations', 1, 'date'], '2026-12-31'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[1].date',
        message: '2026-12-31 is in the future (today is 2026-11-24)',
      },
    ],
  },
  {
    name: 'a reference dated in the future',
    mutate: setIn(WORKER, [...STUDIOS, 'references', 0, 'date'], '2027-04-30'),
    errors: [
      {
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'references[0].date',
        message: 'is in the future',
      },
    ],
  },
  {
    name: 'a source dated in the future',
    mutate: setIn(SOURCES, ['sources', 5, 'date'], '2027-01-24'),
    errors: [{ file: SOURCES, field: 'sources[5].date', message: '2027-01-24 is in the future' }],
  },
  {
    name: 'no sources.json',
    mutate: removeFile(SOURCES),
    errors: [{ file: SOURCES, field: '', message: 'is missing' }],
  },
  {
    name: 'no plan files',
    mutate: all(removeFile(WORKER), removeFile(AIR)),
    errors: [{ file: 'data/plans/', field: '', message: 'holds no plan files' }],
  },
  {
    name: 'a JSON file outside sources.json and plans/',
    mutate: renameFile(AIR, 'data/plan/air-quality-2026.json'),
    errors: [
      { file: 'data/plan/air-quality-2026.json', field: '', message: 'is not part of the dataset' },
    ],
  },
];
