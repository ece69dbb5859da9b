import { describe, expect, it } from 'vitest';
import { formatDataError, validateDataset } from '../../src/domain/dataset/validate-dataset';
import { datasetCases } from './cases/dataset-cases';
import { figureCases } from './cases/figure-cases';
import { fileCases } from './cases/file-cases';
import { schemaCases } from './cases/schema-cases';
import { seriesCases } from './cases/series-cases';
import { meaningCases } from './cases/meaning-cases';
import { textCases } from './cases/text-cases';
import { AIR, TODAY, WORKER, asDataFiles, loadFixture, setIn, type BadCase } from './helpers';

const cases: BadCase[] = [
  ...schemaCases,
  ...datasetCases,
  ...fileCases,
  ...figureCases,
  ...seriesCases,
  ...meaningCases,
  ...textCases,
];

function check(files = loadFixture()) {
  return validateDataset(asDataFiles(files), { today: TODAY });
}

describe(validateDataset, () => {
  it('accepts the valid fixture with no errors and returns its content', () => {
    const { dataset, errors } = check();
    expect(errors).toEqual([]);
    expect(dataset?.sources).toHaveLength(6);
    expect(dataset?.plans.map((p) => p.plan.id)).toEqual([
      'air-quality-2026',
      'worker-development-2021-2025',
    ]);
    expect(dataset?.plans.flatMap((p) => p.indicators.map((i) => i.id))).toEqual([
      'pm25-annual-average',
      'innovation-studios',
      'collective-contract-rate',
      'worker-homes',
    ]);
  });

  it('has a corpus of at least 40 distinct bad datasets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)(
    'rejects $name, naming file, indicator and field',
    ({ mutate, errors: expected }) => {
      const files = loadFixture();
      mutate(files);
      const { dataset, errors } = check(files);
      expect(dataset).toBeNull();
      // The rule's name is checked where a case names it.
      expect(
        errors.map(({ code, ...rest }, i) => (expected[i]?.code ? { ...rest, code } : rest)),
      ).toEqual(
        expected.map((e) => ({
          ...(e.code ? { code: e.code } : {}),
          file: e.file,
          indicator: e.indicator,
          figure: e.figure,
          series: e.series,
          field: e.field,
          message: expect.stringContaining(e.message),
        })),
      );
    },
  );

  it('judges "the future" by the today it is given', () => {
    const files = loadFixture();
    expect(validateDataset(asDataFiles(files), { today: '2025-06-01' }).errors).toEqual([
      expect.objectContaining({ indicator: 'pm25-annual-average', field: 'observations[1].date' }),
      expect.objectContaining({ indicator: 'pm25-annual-average', field: 'references[0].date' }),
      expect.objectContaining({ series: 'good-air-days-share', field: 'years[1].actual.date' }),
      expect.objectContaining({ file: 'data/sources.json', field: 'sources[4].date' }),
      expect.objectContaining({ file: 'data/sources.json', field: 'sources[5].date' }),
    ]);
  });

  it('names files under the directory it is told about', () => {
    const files = loadFixture();
    const moved = asDataFiles(files).map((f) => ({
      ...f,
      path: f.path.replace(/^data\//, 'elsewhere/'),
    }));
    expect(validateDataset(moved, { today: TODAY, dir: 'elsewhere/' }).errors).toEqual([]);
    expect(validateDataset(moved, { today: TODAY }).errors.map((e) => e.message)).toContain(
      'is missing: every citation names a source listed there',
    );
  });

  it('accepts a planned figure due after today, and returns the figures', () => {
    const { dataset, errors } = check();
    expect(errors).toEqual([]);
    const figures = dataset?.plans.flatMap((p) => p.figures ?? []) ?? [];
    expect(figures.map((f) => [f.id, f.kind, f.date > TODAY])).toEqual([
      ['good-air-days-2021', 'actual', false],
      ['new-urban-jobs-2026', 'planned', true],
    ]);
  });

  // Issue 24 item 6: a date of publication or a document's title is not the year a target is for.
  it.each([
    '2026年1月20日发布:到2025年职工创新工作室达到8000家',
    '2026年1月20日,职工创新工作室达到8000家',
    '《2027年行动计划》提出职工创新工作室达到8000家',
    '2023年建成一批,到2025年职工创新工作室达到8000家',
    '职工创新工作室在2025年达到8000家',
  ])('accepts the 2025 studio target quoted as %s', (quote) => {
    const files = loadFixture();
    setIn(WORKER, ['indicators', 0, 'target', 'citation', 'quote'], quote)(files);
    expect(check(files).errors).toEqual([]);
  });

  it('ignores files that are not JSON', () => {
    const files = loadFixture();
    files.set('data/README.md', '# not JSON {');
    expect(check(files).errors).toEqual([]);
  });

  it('reports every problem at once, not just the first', () => {
    const files = loadFixture();
    setIn(WORKER, ['indicators', 0, 'unit'], 'studios')(files);
    setIn(WORKER, ['indicators', 2, 'target', 'deadline'], '2025-13-01')(files);
    expect(check(files).errors.map((e) => `${e.indicator} ${e.field}`)).toEqual([
      'innovation-studios unit',
      'worker-homes target.deadline',
    ]);
  });
});

describe(formatDataError, () => {
  it('writes file › indicator › field: message', () => {
    expect(
      formatDataError({
        file: WORKER,
        indicator: 'innovation-studios',
        field: 'target.citation.quote',
        message: 'quote "x" does not state 8000',
      }),
    ).toBe(
      `${WORKER} › indicator innovation-studios › target.citation.quote: quote "x" does not state 8000`,
    );
  });

  it('names a figure by its id', () => {
    expect(
      formatDataError({ file: AIR, figure: 'good-air-days-2021', field: 'date', message: 'x' }),
    ).toBe(`${AIR} › figure good-air-days-2021 › date: x`);
  });

  it('leaves out the parts an error does not have', () => {
    expect(formatDataError({ file: 'data/sources.json', field: '', message: 'is missing' })).toBe(
      'data/sources.json: is missing',
    );
  });
});
