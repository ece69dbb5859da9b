// What a workbook reader hands the checks: a sheet as rows of cells, already free of any
// spreadsheet library, plus the two readings a person's typing needs — a number and a date.
import { isCalendarDate } from '../dataset/vocabulary.ts';
import { isImpossibleDate } from './date-text.ts';
import { textEncodingOf } from './text-encoding.ts';

export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  value: CellValue;
  /** The cell holds a formula (its cached result is in `value`). */
  formula?: boolean;
  /** The cell is part of a merged range. */
  merged?: boolean;
  /** The cell holds an Excel error (#N/A, #DIV/0!). */
  error?: string;
}

/** Why a row or column cannot be seen: hidden (by hand or by a filter), or sized to zero. */
export type HiddenHow = 'hidden' | 'zero';

export interface SheetCells {
  name: string;
  /** rows[0] is Excel row 1; a missing row or cell is empty. */
  rows: (Cell | undefined)[][];
  /** Excel's sheet state; absent when visible (and for CSV). */
  state?: 'hidden' | 'veryHidden';
  /** Excel row numbers (1-based) a reader of the workbook does not see. */
  hiddenRows?: { row: number; how: HiddenHow }[];
  /** Column numbers (1-based, A = 1) a reader of the workbook does not see. */
  hiddenColumns?: { column: number; how: HiddenHow }[];
}

export interface ReportBook {
  format: 'xlsx' | 'csv';
  sheets: SheetCells[];
}

/** A lone dash is how people mark "nothing here" in a spreadsheet. */
const PLACEHOLDER = /^[-－]$/;

/** Trimmed text of a cell ('' when empty or a lone "-" placeholder). */
export function cellText(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const text = String(v).trim();
  return PLACEHOLDER.test(text) ? '' : text;
}

export const isEmptyCell = (cell: Cell | undefined): boolean => cellText(cell) === '';

export type Reading<T> =
  | { ok: true; value: T; converted?: { zh: string; en: string } }
  | { ok: false; what: { zh: string; en: string }; fix: { zh: string; en: string } };

const SCALE: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
/** Counter words and signs a person may type after a number; dropped when read. */
const COUNTERS = '个家人名所张部台场项次处座户套间元条支%％';
const NUMBER_TEXT = new RegExp(
  `^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([万萬亿億])?\\s*([${COUNTERS}])?$`,
);
const APPROXIMATE =
  /^(约|大约|近|超过|超|逾|将近|接近|达|共|about|approx\.?|over|nearly|~)|(左右|余|多|以上|以下|上下|\+)$/i;

/** Shifts a decimal written as digits by `shift` places without floating-point error. */
function scaled(int: string, frac: string, shift: number): number {
  const digits = int + frac.padEnd(shift, '0');
  const point = int.length + shift;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** A value cell: a number, or text like "28万" / "1.8万个" / "8,000" read as the raw number. */
export function readNumber(cell: Cell | undefined): Reading<number> {
  const v = cell?.value;
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v };
  const text = cellText(cell)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, '.')
    .replace(/\s+/g, '');
  const match = NUMBER_TEXT.exec(text);
  if (match) {
    const [, int = '', frac = '', scale = '', counter = ''] = match;
    const value = scaled(int.replace(/,/g, ''), frac, SCALE[scale] ?? 0);
    if (scale || counter || int.includes(','))
      return {
        ok: true,
        value,
        converted: {
          zh: `“${cellText(cell)}”已换算为 ${value}`,
          en: `"${cellText(cell)}" was read as ${value}`,
        },
      };
    return { ok: true, value };
  }
  const shown = cellText(cell);
  if (APPROXIMATE.test(shown))
    return {
      ok: false,
      what: {
        zh: `“${shown}”是约数，不是一个数字`,
        en: `"${shown}" is approximate, not a number`,
      },
      fix: {
        zh: '填写来源所写的数字本身（如 3000），把“约”“余”等写进备注',
        en: 'enter the number the source states (e.g. 3000) and put the qualifier in the note',
      },
    };
  return {
    ok: false,
    what: { zh: `“${shown}”不是数字`, en: `"${shown}" is not a number` },
    fix: {
      zh: '只填数字，如 18500 或 1.8万',
      en: 'enter a number only, e.g. 18500 or 1.8万',
    },
  };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2958465; // 9999-12-31

/** Excel's serial day number (45839 → 2025-07-01). */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** A date cell: an Excel date, an Excel serial number or ISO text (YYYY-MM-DD); nothing ambiguous. */
export function readDate(cell: Cell | undefined): Reading<string> {
  const v = cell?.value;
  if (v instanceof Date && !Number.isNaN(v.getTime()))
    return { ok: true, value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_SERIAL)
    return { ok: true, value: serialToIso(v) };
  const text = cellText(cell);
  if (isCalendarDate(text)) return { ok: true, value: text };
  if (/^\d{5}$/.test(text)) return { ok: true, value: serialToIso(Number(text)) };
  const shown = text;
  const numeric = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(text);
  return {
    ok: false,
    what: !numeric
      ? { zh: `“${shown}”不是日期`, en: `"${shown}" is not a date` }
      : isImpossibleDate(text)
        ? {
            zh: `“${shown}”不是真实存在的日期（没有这样的月或日）`,
            en: `"${shown}" is not a real date (no such month or day)`,
          }
        : {
            zh: `“${shown}”的日期写法有歧义（年月日顺序不明）`,
            en: `"${shown}" is an ambiguous date (day, month and year order unclear)`,
          },
    fix: {
      zh: '使用日期单元格，或写成 YYYY-MM-DD（如 2026-06-30）',
      en: 'use a date cell or write YYYY-MM-DD (e.g. 2026-06-30)',
    },
  };
}

/** What the first bytes say a file is. An encrypted workbook is a compound file, not a zip. */
export type Sniffed = 'zip' | 'encrypted' | 'xls' | 'compound' | 'text' | 'binary';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage'))
      return 'encrypted';
    if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return 'xls';
    return 'compound';
  }
  // Text: UTF-16 by its byte-order mark, else no NUL bytes and valid UTF-8 or GB18030.
  return textEncodingOf(bytes) ? 'text' : 'binary';
}
