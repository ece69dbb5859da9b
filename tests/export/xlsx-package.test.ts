// @vitest-environment node
// The XLSX writer, read back with exceljs (as the e2e test and a person's Excel would): values
// of each kind, column widths and styles, fills and fonts, the frozen header and the filter.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter, excelSerial, xlsxBytes, xmlText } from '../../src/lib/export/xlsx-package';

describe('xlsx helpers', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
  it('counts Excel days from 1899-12-30', () => {
    expect(excelSerial(new Date('1970-01-01T00:00:00Z'))).toBe(25569);
    expect(excelSerial(new Date('2025-06-30T00:00:00Z'))).toBe(45838);
  });
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"\u0001\n')).toBe('a&lt;b&gt;&amp;&quot;c&quot;\n');
  });
});

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

describe('xlsxBytes', () => {
  const created = new Date('2025-07-01T08:30:00Z');
  const quote = '=HYPERLINK("http://evil.example","点我")';
  const bytes = xlsxBytes({
    creator: '规划追踪',
    created,
    sheets: [
      {
        name: '说明',
        rows: [['截至日期', '2025年7月1日']],
        columns: [{ width: 12 }, { width: 20 }],
      },
      {
        name: '观测 & 数据',
        table: true,
        columns: [{ width: 12 }, { width: 9 }, { width: 30 }, { width: 60, style: { wrap: true } }],
        rows: [
          ['日期', '数值', '链接', '原文'],
          [
            new Date('2025-06-30T00:00:00Z'),
            8240,
            { text: 'https://a.example/?x=1&y=2', hyperlink: 'https://a.example/?x=1&y=2' },
            ' +1 见附件',
          ],
          [null, 0.5, null, `${quote}\n第二行`],
        ],
        cellStyle: (r, c) =>
          r === 0
            ? { bold: true, fill: 'FFE8ECF0' }
            : c === 0
              ? { numFmt: 'yyyy-mm-dd' }
              : c === 2
                ? { color: 'FF0B5CAD', underline: true }
                : undefined,
      },
    ],
  });

  it('reads back with its sheets, values and kinds of cell', async () => {
    const workbook = await readBack(await bytes);
    expect(workbook.creator).toBe('规划追踪');
    expect(workbook.created.toISOString()).toBe(created.toISOString());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '观测 & 数据']);
    const sheet = workbook.getWorksheet('观测 & 数据')!;
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('A2').value).toEqual(new Date('2025-06-30T00:00:00Z'));
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B2').value).toBe(8240);
    expect(sheet.getCell('B3').value).toBe(0.5);
    expect(sheet.getCell('C2').value).toEqual({
      text: 'https://a.example/?x=1&y=2',
      hyperlink: 'https://a.example/?x=1&y=2',
    });
    expect(sheet.getCell('D2').value).toBe(' +1 见附件');
    expect(sheet.getCell('D3').value).toBe(`${quote}\n第二行`);
    expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBeNull();
    expect(workbook.getWorksheet('说明')!.getCell('B1').value).toBe('2025年7月1日');
  });

  it('keeps widths, styles, the frozen header and the filter', async () => {
    const workbook = await readBack(await bytes);
    const sheet = workbook.getWorksheet('观测 & 数据')!;
    expect(sheet.columns.map((c) => c.width)).toEqual([12, 9, 30, 60]);
    expect(sheet.autoFilter).toBe('A1:D3');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A1').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFE8ECF0' },
    });
    expect(sheet.getCell('C2').font).toMatchObject({
      underline: true,
      color: { argb: 'FF0B5CAD' },
    });
    expect(sheet.getCell('D2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('B2').font?.bold).toBeFalsy();
    expect(workbook.getWorksheet('说明')!.views[0]?.state).not.toBe('frozen');
    expect(workbook.getWorksheet('说明')!.autoFilter).toBeFalsy();
  });
});
