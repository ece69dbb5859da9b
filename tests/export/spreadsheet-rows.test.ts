// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import {
  SHEET_COLUMNS,
  aboutSheet,
  csvTable,
  neutraliseCell,
  observationSheet,
  seriesSheet,
  summarySheet,
  type SheetLabels,
} from '../../src/domain/exports/spreadsheet-rows';
import { CATEGORIES } from '../../src/domain/dataset/schema';
import { STATUS_ORDER } from '../../src/domain/evaluation/status';
import {
  evaluateSeries,
  SERIES_YEAR_STATUSES,
  sourceDates,
} from '../../src/domain/evaluation/series-evaluate';
import type { Series } from '../../src/domain/dataset/schema';
import { makeIndicator, makePlan, obs } from '../domain/fixtures';

const labels: SheetLabels = {
  sheets: { about: 'About', observations: 'Observations', summary: 'Summary', series: 'Series' },
  columns: Object.fromEntries(SHEET_COLUMNS.map((k) => [k, k])) as SheetLabels['columns'],
  category: Object.fromEntries(CATEGORIES.map((c) => [c, `cat:${c}`])) as SheetLabels['category'],
  status: Object.fromEntries(STATUS_ORDER.map((s) => [s, `status:${s}`])) as SheetLabels['status'],
  yearStatus: Object.fromEntries(
    SERIES_YEAR_STATUSES.map((s) => [s, `year:${s}`]),
  ) as SheetLabels['yearStatus'],
};

const plan = makePlan();
const info = (id: string) => ({
  title: `title:${id}`,
  kind: 'kind',
  url: `https://example.org/${id}`,
});
const row = (
  observations = [obs('2023-01-01', 4000), obs('2024-01-01', 5200)],
  asOf = '2024-06-30',
) => {
  const indicator = makeIndicator({ observations });
  return { indicator, plan, evaluation: evaluate(indicator, plan, asOf) };
};

describe(neutraliseCell, () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    'prefixes an apostrophe to text that starts a formula: %j',
    (text) => expect(neutraliseCell(text)).toBe(`'${text}`),
  );
  // Look-alikes (issue 16): full-width signs, and signs behind spaces or line feeds, which
  // spreadsheet apps trim or fold before reading the formula. The text after ' is unchanged.
  it.each([
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    ' =1',
    '   +1',
    '\n=1',
    ' \n@x',
    '\u3000=1',
    ' ＝1',
    // Issue 24: zero-width characters a spreadsheet skips are skipped before the sign too.
    '\u200b=1+1',
    '\u200b\u200c＋1',
    ' \ufeff@x',
    '\u2060-2+3',
  ])('prefixes an apostrophe to a formula look-alike: %j', (text) =>
    expect(neutraliseCell(text)).toBe(`'${text}`),
  );
  it.each(['职工之家', 'a=b', "'=1", '', '≥', '达到8000家', ' 8000', '\n职工'])(
    'leaves other text alone: %j',
    (text) => expect(neutraliseCell(text)).toBe(text),
  );
  it('keeps numbers (even negative) and empty cells as they are', () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(null)).toBeNull();
  });
});

describe(observationSheet, () => {
  it('has one row per observation reported by the as-of date, with its source and quote', () => {
    const sheet = observationSheet([row()], 'zh', labels, info);
    // The header is the labels it is given, one per cell of every row.
    expect(sheet.header.every((h) => SHEET_COLUMNS.includes(h as never))).toBe(true);
    expect(sheet.types[sheet.header.indexOf('date')]).toBe('date');
    expect(sheet.types[sheet.header.indexOf('url')]).toBe('url');
    for (const r of sheet.rows) expect(r).toHaveLength(sheet.header.length);
    const at = (column: string) => sheet.header.indexOf(column);
    expect(sheet.rows.map((r) => r[at('value')])).toEqual([4000, 5200]);
    expect(sheet.rows.map((r) => r[at('quote')])).toEqual([
      '职工创新工作室达到8000家',
      '职工创新工作室达到8000家',
    ]);
    expect(sheet.rows).toEqual([
      [
        '首都职工发展规划',
        'innovation-studios',
        '职工创新工作室',
        'cat:innovation',
        '家',
        '2023-01-01',
        4000,
        'title:seed-003',
        'kind',
        'https://example.org/seed-003',
        '职工创新工作室达到8000家',
      ],
      [
        '首都职工发展规划',
        'innovation-studios',
        '职工创新工作室',
        'cat:innovation',
        '家',
        '2024-01-01',
        5200,
        'title:seed-003',
        'kind',
        'https://example.org/seed-003',
        '职工创新工作室达到8000家',
      ],
    ]);
  });

  it('writes simulated counts whole, as the views print them (7042.94 studios: 7043)', () => {
    const sheet = observationSheet(
      [row([obs('2023-01-01', 7042.94), obs('2024-01-01', 957.5)])],
      'zh',
      labels,
      info,
    );
    const at = sheet.header.indexOf('value');
    expect(sheet.rows.map((r) => r[at])).toEqual([7043, 958]);
    const summary = summarySheet([row([obs('2024-01-01', 5200.4)])], 'zh', labels, info);
    expect(summary.rows[0]?.[summary.header.indexOf('latest')]).toBe(5200);
  });

  it('leaves out observations after the as-of date', () => {
    expect(observationSheet([row(undefined, '2023-06-30')], 'en', labels, info).rows).toHaveLength(
      1,
    );
  });

  it('keeps the text as it is for XLSX and neutralises every text cell of its CSV table', () => {
    const hostile = row([
      { date: '2023-01-01', value: 1, citation: { source: 'x', quote: '=cmd|"/c calc"!A1' } },
    ]);
    hostile.indicator.name.en = ' ＠evil';
    const hostileInfo = () => ({ title: '+source', kind: 'kind', url: null });
    const sheet = observationSheet([hostile], 'en', labels, hostileInfo);
    expect(sheet.rows[0]).toContain(' ＠evil');
    const [, cells] = csvTable(sheet);
    expect(cells).toContain('\'=cmd|"/c calc"!A1');
    expect(cells).toContain("' ＠evil");
    expect(cells).toContain("'+source");
    expect(cells?.filter((c) => typeof c === 'string' && /^\s*[=+\-@＝＋－＠]/.test(c))).toEqual(
      [],
    );
  });
});

describe(summarySheet, () => {
  it('gives one row per indicator with target, latest, progress, expected progress and status', () => {
    const sheet = summarySheet([row()], 'zh', labels, info);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.tones).toEqual([{ kind: 'status', status: sheet.tones[0]?.status }]);
    const [cells] = sheet.rows;
    const at = (column: string) => cells?.[sheet.header.indexOf(column)];
    expect(at('baseline')).toBe(2000);
    expect(at('comparator')).toBe('≥');
    expect(at('target')).toBe(8000);
    expect(at('latest')).toBe(5200);
    expect(at('latestDate')).toBe('2024-01-01');
    expect(at('progress')).toBe(53.3); // (5200 − 2000) / (8000 − 2000)
    expect(typeof at('expected')).toBe('number');
    expect(at('status')).toMatch(/^status:/);
    expect(at('deadline')).toBe('2025-12-31');
    // The target's and the latest figure's sources: title, kind, link and the quote itself.
    expect(at('targetSource')).toBe('title:seed-003');
    expect(at('targetSourceKind')).toBe('kind');
    expect(at('targetUrl')).toBe('https://example.org/seed-003');
    expect(at('targetQuote')).toBe('职工创新工作室达到8000家');
    expect(at('latestQuote')).toBe('职工创新工作室达到8000家');
  });

  it('leaves figures empty, not zero, when nothing was reported', () => {
    const sheet = summarySheet([row([])], 'en', labels, info);
    const [cells] = sheet.rows;
    expect(cells?.[sheet.header.indexOf('latest')]).toBeNull();
    expect(cells?.[sheet.header.indexOf('progress')]).toBeNull();
    expect(cells?.[sheet.header.indexOf('status')]).toBe('status:no_data');
    expect(cells?.[sheet.header.indexOf('latestQuote')]).toBeNull();
    expect(sheet.tones).toEqual([{ kind: 'status', status: 'no_data' }]);
  });
});

describe(csvTable, () => {
  it('writes one table: its header then its rows (the readme has no header)', () => {
    const about = aboutSheet('About', [
      ['As of', '2025-01-15'],
      ['Note', '-1 means fewer'],
    ]);
    expect(csvTable(about)).toEqual([
      ['As of', '2025-01-15'],
      ['Note', "'-1 means fewer"],
    ]);
    const summary = summarySheet([row()], 'en', labels, info);
    const rows = csvTable(summary);
    expect(rows[0]).toEqual(summary.header);
    expect(rows).toHaveLength(2);
    expect(summary.file).toBe('summary');
  });
});

describe(seriesSheet, () => {
  const series: Series = {
    id: 'unemployment',
    name: { zh: '城镇调查失业率', en: 'Unemployment' },
    category: 'employment',
    unit: 'percent',
    direction: 'decrease',
    span: { first: 2024, last: 2025 },
    years: [
      {
        year: 2024,
        target: {
          value: 5,
          comparator: 'lte',
          citations: [{ source: 'a', quote: '控制在5%以内' }],
        },
        actual: { value: 4.1, date: '2024-12-31', citations: [{ source: 'b', quote: '均值4.1%' }] },
      },
      {
        year: 2025,
        target: { value: 5, comparator: 'lte', citations: [{ source: 'a', quote: '=5%以内' }] },
        verdict: { met: true, citations: [{ source: 'b', quote: '完成目标' }] },
      },
    ],
  };
  const dates = sourceDates([
    { id: 'a', date: '2024-01-20' },
    { id: 'b', date: '2026-01-26' },
  ]);
  const evaluation = evaluateSeries(series, '2026-06-30', dates);
  const sheet = seriesSheet([{ series, evaluation }], 'zh', labels, (id) => ({
    title: `source:${id}`,
    kind: `kind:${id}`,
    url: null,
  }));

  it('writes one row per year: target with its sign, actual and its date, stated result, result, margin, sources', () => {
    expect(sheet.header.slice(4, 12)).toEqual([
      'year',
      'comparator',
      'target',
      'actual',
      'actualDate',
      'verdict',
      'result',
      'margin',
    ]);
    expect(sheet.types.slice(4, 12)).toEqual([
      'number',
      'text',
      'number',
      'number',
      'date',
      'text',
      'status',
      'number',
    ]);
    expect(sheet.rows[0]).toEqual([
      'unemployment',
      '城镇调查失业率',
      'cat:employment',
      '%',
      2024,
      '≤',
      5,
      4.1,
      '2024-12-31',
      null,
      'year:met',
      0.9, // 5 − 4.1, to the figures' one decimal
      'source:a',
      'kind:a',
      null,
      '控制在5%以内',
      'source:b',
      'kind:b',
      null,
      '均值4.1%',
    ]);
    expect(sheet.tones[0]).toEqual({ kind: 'year', status: 'met' });
  });

  it('joins a figure’s citations best kind first: official, media, seed, repost', () => {
    const cited: Series = {
      ...series,
      years: [
        {
          year: 2024,
          target: {
            value: 5,
            comparator: 'lte',
            citations: [
              { source: 'mirror', quote: 'q-mirror' },
              { source: 'seed', quote: 'q-seed' },
              { source: 'gov', quote: 'q-gov' },
              { source: 'paper', quote: 'q-paper' },
            ],
          },
        },
      ],
    };
    const kinds = { mirror: 'repost', seed: 'seed', gov: 'official', paper: 'media' } as const;
    const withKinds = (id: string) => ({
      title: `source:${id}`,
      kind: `kind:${id}`,
      url: `https://example.org/${id}`,
      sourceKind: kinds[id as keyof typeof kinds],
    });
    const allDated = sourceDates(Object.keys(kinds).map((id) => ({ id, date: '2024-01-20' })));
    const one = seriesSheet(
      [{ series: cited, evaluation: evaluateSeries(cited, '2024-06-30', allDated) }],
      'zh',
      labels,
      withKinds,
    );
    const at = (column: string) => one.rows[0]?.[one.header.indexOf(column)];
    expect(at('targetSource')).toBe('source:gov；source:paper；source:seed；source:mirror');
    expect(at('targetSourceKind')).toBe('kind:gov；kind:paper；kind:seed；kind:mirror');
    expect(at('targetQuote')).toBe('q-gov；q-paper；q-seed；q-mirror');
  });

  it('a year judged in words has no actual value or date but names the verdict and its quote', () => {
    const row2025 = sheet.rows[1];
    expect(row2025?.slice(4, 12)).toEqual([
      2025,
      '≤',
      5,
      null,
      null,
      'year:met_stated',
      'year:met_stated',
      null,
    ]);
    expect(row2025?.[19]).toBe('完成目标');
    // A quote that begins like a formula is kept for XLSX and neutralised in the CSV.
    expect(row2025?.[15]).toBe('=5%以内');
    expect(csvTable(sheet)[2]?.[15]).toBe("'=5%以内");
  });

  it('neutralises a formula behind a zero-width space in every text cell of the series CSV', () => {
    const bomb = '\u200b=1+1';
    const hostile: Series = {
      ...series,
      name: { zh: bomb, en: bomb },
      years: series.years.map((y) => ({
        ...y,
        target: { ...y.target!, citations: [{ source: 'a', quote: bomb }] },
      })),
    };
    const table = csvTable(
      seriesSheet(
        [{ series: hostile, evaluation: evaluateSeries(hostile, '2026-06-30', dates) }],
        'zh',
        labels,
        () => ({ title: bomb, kind: bomb, url: null }),
      ),
    );
    const cells = table.slice(1).flat();
    expect(cells.filter((c) => c === bomb)).toEqual([]);
    expect(cells.filter((c) => c === `'${bomb}`).length).toBeGreaterThanOrEqual(6);
  });

  it('leaves out an actual and its date not yet published on the as-of date', () => {
    // On 2025-06-30 the 2024 actual (source b, 2026-01-26) is not yet out: only the target stands.
    const early = seriesSheet(
      [{ series, evaluation: evaluateSeries(series, '2025-06-30', dates) }],
      'zh',
      labels,
      info,
    );
    expect(early.rows.map((r) => [r[4], r[6], r[7], r[8]])).toEqual([
      [2024, 5, null, null],
      [2025, 5, null, null],
    ]);
  });
});
