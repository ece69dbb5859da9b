// @vitest-environment node
// The readings of a person's typing, by hand: numbers with 万 and counter words, Excel dates,
// file kinds by their first bytes; and the 10,000-row limit.
import { describe, expect, it } from 'vitest';
import {
  readDate,
  readNumber,
  sniffBytes,
  type ReportBook,
} from '../../src/domain/reporting/cells';
import { checkReport } from '../../src/domain/reporting/check-report';
import { HEADERS, TEMPLATE_VERSION, VERSION_LABEL } from '../../src/domain/reporting/template-spec';

const cell = (value: string | number | Date | null) => ({ value });

describe('readNumber', () => {
  it.each([
    ['28万', 280000, true],
    ['1.8万个', 18000, true],
    ['1.85万', 18500, true],
    ['8,000', 8000, true],
    ['18500', 18500, false],
    ['１８５００', 18500, false],
    ['90%', 90, true],
    ['0.3亿', 30000000, true],
  ])('%s → %d', (text, value, converted) => {
    const r = readNumber(cell(text));
    expect(r).toMatchObject({ ok: true, value });
    expect(r.ok && Boolean(r.converted)).toBe(converted);
  });
  it.each(['约3000', '3000余', '近2万', '3000左右', 'n/a', '3,00', '1.2.3'])(
    'refuses %s',
    (text) => {
      expect(readNumber(cell(text)).ok).toBe(false);
    },
  );
  it('reads a number cell as it is', () =>
    expect(readNumber(cell(4.1))).toEqual({ ok: true, value: 4.1 }));
});

describe('readDate', () => {
  it('accepts a date cell, an Excel serial and ISO text', () => {
    expect(readDate(cell(new Date('2025-12-31T00:00:00Z')))).toEqual({
      ok: true,
      value: '2025-12-31',
    });
    // Excel's serial for 2025-01-01 is 45658 (44927 = 2023-01-01, +365, +366); 2025-07-01 is 181 days on.
    expect(readDate(cell(45839))).toEqual({ ok: true, value: '2025-07-01' });
    expect(readDate(cell('45658'))).toEqual({ ok: true, value: '2025-01-01' });
    expect(readDate(cell('2026-02-28'))).toEqual({ ok: true, value: '2026-02-28' });
  });
  it.each(['03/04/2025', '2025/3/4', '4.3.2025', '2026-02-30', '2025年3月4日'])(
    'refuses %s',
    (text) => {
      expect(readDate(cell(text)).ok).toBe(false);
    },
  );
});

describe('sniffBytes', () => {
  const cfb = (name: string) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...name].forEach((ch, i) => (b[1024 + i * 2] = ch.charCodeAt(0)));
    return b;
  };
  it('tells an encrypted workbook from an old .xls and a zip', () => {
    expect(sniffBytes(cfb('EncryptionInfo'))).toBe('encrypted');
    expect(sniffBytes(cfb('Workbook'))).toBe('xls');
    expect(sniffBytes(cfb('WordDocument'))).toBe('compound');
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffBytes(new TextEncoder().encode('\uFEFF模板版本,pt-report-v1'))).toBe('text');
    expect(sniffBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('binary');
  });
});

describe('row limit', () => {
  const book = (rows: number): ReportBook => ({
    format: 'csv',
    sheets: [
      {
        name: 'CSV',
        rows: [
          [cell(VERSION_LABEL), cell(TEMPLATE_VERSION)],
          HEADERS.map((h) => cell(h)),
          ...Array.from({ length: rows }, () => [cell('no-such-id')]),
        ],
      },
    ],
  });
  const empty = { sources: [], plans: [], series: [] };
  it('checks 10,000 rows and refuses 10,001 before reading any', () => {
    const ok = checkReport(book(10_000), empty, { today: '2026-12-01' });
    expect(ok.problems.length).toBeGreaterThanOrEqual(10_000);
    const over = checkReport(book(10_001), empty, { today: '2026-12-01' });
    expect(over.problems).toHaveLength(1);
    expect(over.problems[0]!.what.en).toBe('10001 data rows; at most 10000 import at once');
  });
});
