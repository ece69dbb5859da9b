// What an entry's checks and writes share: data/'s JSON as written so far, how a problem and a
// change are reported, data/'s key order, and the answers for a figure data/ already holds.
import type { NumberedCitation, SourceDates } from '../dataset/citation-checks.ts';
import type { Citation } from '../dataset/schema.ts';
import { writeFigure, type Json, type JsonOf } from '../reporting/apply-report.ts';
import type { ReportTarget } from '../reporting/report-types.ts';
import { L } from '../reporting/report-row.ts';
import { checkQuote, type Report } from './curation-problems.ts';
import type { CurationEntry } from './update-file.ts';

export interface WriteContext {
  json: JsonOf;
  peek: (path: string) => Json | undefined;
  dir: string;
  today: string;
  sourceDates: SourceDates;
  /** The entry's index in the update, for the changes it makes. */
  index: number;
  report: Report;
  change: (file: string, text: string) => void;
}

/** What became of an entry: written, already in data/ (nothing changed), or refused. */
export type Outcome = 'written' | 'already' | 'refused';

export type Entry<K extends CurationEntry['kind']> = Extract<CurationEntry, { kind: K }>;

export const INDICATOR_KEYS = [
  'id',
  'plan',
  'name',
  'category',
  'unit',
  'measure',
  'direction',
  'attribute',
  'cumulative',
  'baseline',
  'target',
  'observations',
  'references',
  'note',
  'curatorNote',
];
export const YEAR_KEYS = [
  'year',
  'plan',
  'target',
  'actual',
  'verdict',
  'reports',
  'note',
  'curatorNote',
];

/** Rewrites an object's keys in data/'s order (unknown keys last), so a diff reads as usual. */
export function orderKeys(object: Json, order: readonly string[]): void {
  const copy = { ...object };
  for (const key of Object.keys(object)) delete object[key];
  for (const key of [...order, ...Object.keys(copy)]) if (key in copy) object[key] = copy[key];
}

export const sameCitation = (a: Citation, b: Citation) =>
  a.source === b.source && a.quote === b.quote;
/**
 * A source cites a figure once: the same value from a source data/ already cites for it is already
 * there, whichever clause of that source the new quote is (a curator may have quoted more of it).
 */
export const sameSource = (a: Citation, b: Citation) => a.source === b.source;
export const planPath = (dir: string, id: string) => `${dir}/plans/${id}.json`;
export const seriesPath = (dir: string, id: string) => `${dir}/series/${id}.json`;
export const signOf = (c: 'gte' | 'lte') => (c === 'gte' ? '≥' : '≤');

const FUTURE_FIX = L('只填已经发生的数字', 'enter only figures that have happened');

export function inFuture(ctx: WriteContext, date: string): boolean {
  if (date <= ctx.today) return false;
  ctx.report(
    'date',
    L(`${date} 在未来（今天是 ${ctx.today}）`, `${date} is in the future (today is ${ctx.today})`),
    FUTURE_FIX,
  );
  return true;
}

export function addCitation(
  ctx: WriteContext,
  path: string,
  citations: Citation[],
  citation: Citation,
  what: string,
): Outcome {
  if (citations.some((c) => sameSource(c, citation))) return 'already';
  ctx.json(path); // the file is written back
  citations.push(citation);
  ctx.change(path, `+ citation ${citation.source} on ${what}`);
  return 'written';
}

export function existingDiffers(
  ctx: WriteContext,
  field: string,
  what: string,
  had: number,
  source: string,
): Outcome {
  ctx.report(
    field,
    L(
      `数据中${what}已是 ${had}（来源 ${source}）`,
      `data/ already has ${had} for ${what} (source ${source})`,
    ),
    L(
      '已发布的数字由维护人员在 data/ 中更正：核对数值和日期',
      'a published figure is corrected by a maintainer in data/: check the value and date',
    ),
  );
  return 'refused';
}

/** A dated point data/ holds already: the same one (nothing to do), or another value refused. */
export function samePoint(
  ctx: WriteContext,
  what: string,
  had: { value: number; citation: Citation },
  e: { value: number; citation: Citation },
): Outcome {
  return had.value === e.value && sameSource(had.citation, e.citation)
    ? 'already'
    : existingDiffers(ctx, 'date', what, had.value, had.citation.source);
}

/** Writes an observation, actual or year-to-date report with the /import path's writeFigure. */
export function writePoint(
  ctx: WriteContext,
  target: ReportTarget,
  e: { date: string; value: number; citation: Citation },
): void {
  const { source, quote, quoteKey } = e.citation;
  const entry = { row: ctx.index, target, date: e.date, value: e.value, source: { id: source } };
  const written = writeFigure(
    ctx.json,
    { ...entry, quote, ...(quoteKey ? { quoteKey } : {}) },
    ctx.dir,
  );
  ctx.change(written.file, written.text);
}

/** Whether the citation backs its number by data:check's rules; every rule broken is reported. */
export const quoteBacks = (
  ctx: WriteContext,
  numbered: Omit<NumberedCitation, 'field'> & { field?: string },
  prefix = '',
): boolean => checkQuote({ field: '', ...numbered }, ctx.sourceDates, ctx.dir, prefix, ctx.report);
