// @vitest-environment node
// The readings office-saved files need, by hand: the text encoding (BOM, UTF-8, GBK) before the
// binary test, the separator, the zip's kind, openpyxl's comment links, what a refusal names,
// impossible dates, the English fallback and the list of update files.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readDate, sniffBytes } from '../../src/domain/reporting/cells';
import { withoutCommentLinks } from '../../src/domain/reporting/comment-parts';
import { isImpossibleDate } from '../../src/domain/reporting/date-text';
import { notAReport, zipKindOf } from '../../src/domain/reporting/file-signature';
import {
  decodeReportText,
  delimiterOf,
  textEncodingOf,
} from '../../src/domain/reporting/text-encoding';
import {
  MAX_UPDATE_FILES,
  readUpdateFiles,
  updateFileName,
  withUpdateFile,
} from '../../src/domain/reporting/update-files';
import { readReportFile } from '../../src/lib/reporting/read-report-file';

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};
/** "模板版本,填报" in GBK (code page 936), as Excel on Chinese Windows saves it. */
const GBK = new Uint8Array([
  0xc4, 0xa3, 0xb0, 0xe5, 0xb0, 0xe6, 0xb1, 0xbe, 0x2c, 0xcc, 0xee, 0xb1, 0xa8,
]);

describe('textEncodingOf', () => {
  it('reads UTF-16 by its byte-order mark, though its NUL bytes look binary', () => {
    expect(textEncodingOf(utf16le('模板\tA'))).toBe('utf-16le');
    expect(textEncodingOf(new Uint8Array([0xfe, 0xff, 0x6a, 0x21]))).toBe('utf-16be');
    expect(sniffBytes(utf16le('模板\tA'))).toBe('text');
  });
  it('tells UTF-8 (with or without BOM) from GBK, and GBK from binary', () => {
    expect(textEncodingOf(new TextEncoder().encode('\uFEFF模板,A'))).toBe('utf-8');
    expect(textEncodingOf(GBK)).toBe('gb18030');
    expect(sniffBytes(GBK)).toBe('text');
    expect(textEncodingOf(new Uint8Array([0x25, 0x50, 0x00, 0x01]))).toBeNull();
    expect(textEncodingOf(new Uint8Array([0x41, 0xff, 0xff, 0x41]))).toBeNull();
  });
  it('decodes without the byte-order mark', () => {
    expect(decodeReportText(utf16le('模板\tA'))).toEqual({ text: '模板\tA', encoding: 'utf-16le' });
    expect(decodeReportText(GBK)?.text).toBe('模板版本,填报');
  });
});

describe('delimiterOf', () => {
  it('is tab when the version row is tab-separated, else comma', () => {
    expect(delimiterOf('a\tb\r\nc,d')).toBe('\t');
    expect(delimiterOf('a,b\nc\td')).toBe(',');
  });
});

describe('zipKindOf', () => {
  it('names what a zip is', () => {
    expect(zipKindOf(['xl/workbook.xml'])).toEqual({ kind: 'xlsx' });
    expect(zipKindOf(['word/document.xml'])).toMatchObject({
      what: { en: 'a Word document (.docx)' },
    });
    expect(zipKindOf(['ppt/presentation.xml'])).toMatchObject({
      what: { zh: 'PowerPoint 演示文稿（.pptx）' },
    });
    expect(
      zipKindOf(['mimetype', 'content.xml'], 'application/vnd.oasis.opendocument.spreadsheet'),
    ).toMatchObject({
      what: { en: 'an OpenDocument spreadsheet (.ods)' },
    });
    expect(zipKindOf(['a.txt'])).toMatchObject({ what: { en: 'a zip archive' } });
  });
});

describe('withoutCommentLinks', () => {
  it("drops openpyxl's comment and VML links, keeps the rest", () => {
    const xml =
      '<Relationships xmlns="x"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml" Id="comments" /><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml" /><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" Id="rId9" TargetMode="External"/></Relationships>';
    expect(withoutCommentLinks(xml)).toBe(
      '<Relationships xmlns="x"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" Id="rId9" TargetMode="External"/></Relationships>',
    );
  });
});

describe('refusals name what they found', () => {
  it.each([
    [
      'notes.pdf',
      strToU8('%PDF-1.7\n\u0000'),
      false,
      '"notes.pdf" is a PDF document, not an XLSX, CSV or TXT file',
    ],
    [
      'photo.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      false,
      '"photo.csv" is a PNG image, not an XLSX, CSV or TXT file',
    ],
    [
      'data.json',
      strToU8('{"a":1}'),
      true,
      '"data.json" is a text file, but not named .csv or .txt',
    ],
    [
      'odd.csv',
      new Uint8Array([0x41, 0xff, 0xff, 0x41]),
      false,
      '"odd.csv" is not readable text: neither UTF-8, UTF-16 (with its BOM) nor GBK',
    ],
    [
      'blob.bin',
      new Uint8Array([0x00, 0x01, 0x02]),
      false,
      '"blob.bin" is not an XLSX, CSV or TXT file (an unknown file type)',
    ],
  ])('%s', (name, bytes, isText, en) => {
    expect(notAReport(bytes, name, isText).what.en).toBe(en);
  });
  it('a Word document named .xlsx is called a Word document', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w/>'),
    });
    const read = await readReportFile(docx, 'report.xlsx');
    expect(read.ok || read.problem.what).toEqual({
      zh: '这是Word 文档（.docx），不是 Excel 工作簿',
      en: 'this is a Word document (.docx), not an Excel workbook',
    });
  });
  it('reads a tab-separated Unicode text .txt', async () => {
    const read = await readReportFile(utf16le('a\tb\r\nc\td\r\n'), 'report.txt');
    expect(read.ok && read.book.sheets[0]!.rows.map((r) => r.map((c) => c?.value))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      [''],
    ]);
  });
});

describe('impossible dates', () => {
  it.each(['2025/13/40', '2026-02-30', '40.13.2025', '2025-00-10', '31/31/2025'])(
    '%s is no real day',
    (text) => {
      expect(isImpossibleDate(text)).toBe(true);
      expect(readDate({ value: text })).toMatchObject({
        ok: false,
        what: { en: `"${text}" is not a real date (no such month or day)` },
      });
    },
  );
  it.each(['03/04/2025', '2025/3/4', '13/04/2025', '2024-02-29'])(
    '%s could be a day: not impossible',
    (text) => {
      expect(isImpossibleDate(text)).toBe(false);
    },
  );
  it('an ambiguous date is still called ambiguous', () => {
    expect(readDate({ value: '03/04/2025' })).toMatchObject({
      what: { en: '"03/04/2025" is an ambiguous date (day, month and year order unclear)' },
    });
  });
});

describe('update files made on this device', () => {
  const record = (madeAt: string, rows = 2) => ({
    fileName: updateFileName(madeAt),
    madeAt,
    rows,
    datasetHash: 'abc',
  });
  it('are named by the day they are made', () =>
    expect(updateFileName('2026-03-05T09:10:00.000Z')).toBe(
      'plan-tracker-data-update-2026-03-05.csv',
    ));
  it('keep the newest first, at most the limit', () => {
    let list = readUpdateFiles(undefined);
    for (let i = 0; i < MAX_UPDATE_FILES + 5; i++)
      list = withUpdateFile(list, record(new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    expect(list).toHaveLength(MAX_UPDATE_FILES);
    expect(list[0]!.madeAt).toBe('2026-01-01T00:54:00.000Z');
  });
  it('read only well-formed records from storage', () => {
    const good = record('2026-02-01T08:00:00.000Z', 3);
    expect(readUpdateFiles([{ fileName: 1 }, null, good, { ...good, madeAt: 'soon' }])).toEqual([
      good,
    ]);
    expect(readUpdateFiles('nonsense')).toEqual([]);
  });
});
