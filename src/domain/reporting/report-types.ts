// What a checked report gives back: every problem by sheet, row and column, in Chinese and
// English, with how to fix it; the rows that are ready; and what was read differently than typed.
import type { Localized, Source } from '../dataset/schema.ts';

export interface ReportProblem {
  /** Absent for a problem with the whole file. */
  sheet?: string;
  /** The Excel (or CSV line) row number. */
  row?: number;
  /** The column's header, e.g. "数值 Value", with its letter. */
  column?: string;
  what: Localized;
  fix: Localized;
}

export interface ReportNotice {
  sheet: string;
  row: number;
  column: string;
  text: Localized;
}

export type ReportTarget =
  | { kind: 'indicator'; id: string; plan: string }
  | { kind: 'series'; id: string; year: number; part: 'actual' | 'report' };

/** One checked row, ready to be written into data/. */
export interface ReportEntry {
  row: number;
  target: ReportTarget;
  date: string;
  value: number;
  /** The source the row cites: one already in data/ or a new one. */
  source: Source;
  sourceIsNew: boolean;
  quote: string;
  /** The words before the figure, when the quote states several of its kind (curation only). */
  quoteKey?: string;
  note?: Localized;
}

export interface CheckedReport {
  entries: ReportEntry[];
  problems: ReportProblem[];
  notices: ReportNotice[];
  /** Rows whose figure data/ already holds (same date, value and quote). */
  alreadyThere: { row: number; target: string; date: string }[];
  /** The dataset the template was made from, when row 1 says so. */
  baseDataset: string | null;
  /** Hidden sheet, rows or columns that hold data, each named: the caller refuses or asks first. */
  hidden: ReportProblem[];
}

/** `<file> › <sheet> row <n> › <column>: <what> — <fix>`, the CLI's one line per bad cell. */
export function formatProblem(file: string, p: ReportProblem, lang: 'zh' | 'en' = 'en'): string {
  const sheet = p.sheet ? ` › ${p.sheet}` : '';
  const row = p.row ? ` row ${p.row}` : '';
  const column = p.column ? ` › ${p.column}` : '';
  return `${file}${sheet}${row}${column}: ${p.what[lang]} — ${p.fix[lang]}`;
}
