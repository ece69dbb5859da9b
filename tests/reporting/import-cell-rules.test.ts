// @vitest-environment node
// Issue 24, items 4, 6 and 7 on the import side: formula look-alikes in text cells (the rule the
// CSV exports neutralise by), bidi controls and a percent sign on a count are refused by cell;
// a lone "-" is an empty cell; numbers are read as before. Both files go through the reader
// and the checks that `data:import` and /import share.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/domain/reporting/check-report';
import { formatProblem } from '../../src/domain/reporting/report-types';
import {
  COLUMNS,
  HEADERS,
  TEMPLATE_VERSION,
  VERSION_LABEL,
} from '../../src/domain/reporting/template-spec';
import type { Dataset } from '../../src/domain/dataset/validate-dataset';
import { readReportFile } from '../../src/lib/reporting/read-report-file';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { csv, fill, GOOD_ROW, templateFor, type RowValues } from './workbooks';

const TODAY = '2026-06-01';
let dataset: Dataset;
let template: Uint8Array;
beforeAll(async () => {
  dataset = loadDataset('data', { today: TODAY });
  template = await templateFor('data');
}, 60_000);

const GOOD_TEXT: Record<string, string> = {
  indicator: 'worker-homes',
  asOf: '2025-12-31',
  value: '18500',
  sourceKind: '内部报送 internal',
  titleZh: '2025年职工之家建设情况报告（测试）',
  titleEn: 'Worker homes built in 2025 (test)',
  publisherZh: '测试区总工会',
  publisherEn: 'Test District Federation of Trade Unions',
  published: '2026-01-15',
  quote: '截至2025年底，全市共建成职工之家18500个',
};
const csvRow = (edits: Record<string, string>) =>
  COLUMNS.map((c) => ({ ...GOOD_TEXT, ...edits })[c.key] ?? '');

async function check(bytes: Uint8Array, name: string) {
  const read = await readReportFile(bytes, name);
  if (!read.ok) throw new Error(read.problem.what.en);
  const checked = checkReport(read.book, dataset, { today: TODAY });
  return { ...checked, lines: checked.problems.map((p) => formatProblem(name, p)) };
}

describe('formula look-alikes in an import', () => {
  it('refuses the CSV cells of the report, naming sheet, row and column', async () => {
    const { lines, entries } = await check(
      csv([
        [VERSION_LABEL, TEMPLATE_VERSION],
        [...HEADERS],
        csvRow({ publisherZh: "+cmd|' /C calc'!A0" }),
        csvRow({ publisherEn: '-2+3+cmd|calc', asOf: '2025-06-30' }),
        csvRow({ titleZh: '@SUM(1+1)*cmd|calc', asOf: '2025-03-31' }),
        csvRow({ quote: '\t=1+1 截至2025年底，全市共建成职工之家18500个', asOf: '2024-12-31' }),
      ]),
      'lookalike.csv',
    );
    expect(entries).toEqual([]);
    expect(lines).toEqual([
      `lookalike.csv › 填报 row 3 › G 发布/报送单位（中文） Publisher or reporting unit (Chinese): "+cmd|' /C calc'!A0" starts with +, which a spreadsheet runs as a formula — remove the leading sign (and any spaces or invisible characters before it), or start with a word, not a sign`,
      expect.stringMatching(
        /^lookalike\.csv › 填报 row 4 › H [^:]+: "-2\+3\+cmd\|calc" starts with -/,
      ),
      expect.stringMatching(
        /^lookalike\.csv › 填报 row 5 › E [^:]+: "@SUM\(1\+1\)\*cmd\|calc" starts with @/,
      ),
      expect.stringMatching(/^lookalike\.csv › 填报 row 6 › M [^:]+: "=1\+1 截至2025年底/),
    ]);
  });

  it('refuses zero-width and full-width look-alikes in a workbook', async () => {
    const { lines, entries } = await check(
      await fill(template, [
        { ...GOOD_ROW, titleEn: '\u200b=1+1' },
        { ...GOOD_ROW, asOf: '2025-06-30', publisherZh: '\u3000＝HYPERLINK("x")' },
        { ...GOOD_ROW, asOf: '2025-03-31', noteZh: '＠x', noteEn: '\ufeff\u200c－1' },
      ]),
      'lookalike.xlsx',
    );
    expect(entries).toEqual([]);
    expect(lines.map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      expect.stringMatching(/row 3 › F /),
      expect.stringMatching(/row 4 › G /),
      expect.stringMatching(/row 5 › N /),
      expect.stringMatching(/row 5 › O /),
    ]);
    expect(lines[0]).toContain('"<U+200B>=1+1" starts with =');
  });

  it('reads numbers as before and a lone "-" as an empty cell', async () => {
    const { problems, entries } = await check(
      await fill(template, [
        { ...GOOD_ROW, outletZh: '-', outletEn: '－', noteZh: '-', noteEn: '-' },
      ]),
      'dash.xlsx',
    );
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.value).toBe(18500);
    expect(entries[0]?.note).toBeUndefined();
    const negative = await check(
      await fill(template, [{ ...GOOD_ROW, value: -5 }]),
      'negative.xlsx',
    );
    expect(negative.lines).toContainEqual(
      expect.stringContaining('row 3 › C 数值 Value: must not be negative'),
    );
    expect(negative.lines.join('\n')).not.toContain('formula');
  });
});

describe('bidi controls in an import', () => {
  it.each([
    ['titleZh', '职工之家\u202E报告'],
    ['publisherEn', 'Test\u2066 unit'],
    ['quote', '截至2025年底，全市共建成职工之家18500个\u200F'],
  ] as const)('refuses %s holding one', async (key, text) => {
    const { lines, entries } = await check(
      await fill(template, [{ ...GOOD_ROW, [key]: text } as RowValues]),
      'bidi.xlsx',
    );
    expect(entries).toEqual([]);
    expect(lines).toEqual([
      expect.stringMatching(/row 3 › .*invisible text-direction control U\+/),
    ]);
  });
});

describe('a percent sign on a count', () => {
  it('refuses "7500%" for a count indicator instead of reading 7500 with a notice', async () => {
    const { lines, notices, entries } = await check(
      await fill(template, [{ ...GOOD_ROW, value: '7500%', quote: '全市共建成职工之家7500个' }]),
      'percent.xlsx',
    );
    expect(entries).toEqual([]);
    expect(notices).toEqual([]);
    expect(lines).toEqual([
      'percent.xlsx › 填报 row 3 › C 数值 Value: "7500%" has a percent sign, but this indicator is a count, not a percent — check the row’s indicator and value: enter the number the source states, without %',
    ]);
  });
});
