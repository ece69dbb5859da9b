// Writes checked report rows into the dataset's files: an observation into its plan file, a
// whole-year actual or a year-to-date report into its series file, each new source at the end
// of sources.json. Works on the files' own JSON (curator notes and key order kept), formats
// them as data/ is formatted, and touches no other file. Then the whole dataset is validated
// again with data:check's own function, so what is written always passes data:check.
import type { DataFile } from '../dataset/data-error.ts';
import { formatDataError, validateDataset } from '../dataset/validate-dataset.ts';
import type { ReportEntry, ReportProblem } from './report-types.ts';
import { SHEET_ENTRY } from './template-spec.ts';

export interface ReportChange {
  file: string;
  row: number;
  text: string;
}

export interface AppliedReport {
  /** Every file that changed, with its new text (the others are untouched). */
  changed: DataFile[];
  changes: ReportChange[];
  /** Problems data:check's own validation found in the result (normally none). */
  problems: ReportProblem[];
}

/** data/'s formatting: two-space JSON and a final newline. */
export const formatDataJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export type Json = Record<string, unknown> & { [key: string]: unknown };
/** A data file's JSON by path, parsed once and edited in place. */
export type JsonOf = (path: string) => Json;

/** The dataset's files as JSON to edit in place; only the files touched are written back. */
export function editableFiles(files: readonly DataFile[]): {
  /** The file's JSON, to edit: it is written back. */
  json: JsonOf;
  /** The file's JSON (with the edits so far) to read only, or undefined when there is none. */
  peek: (path: string) => Json | undefined;
  changed: () => DataFile[];
} {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const parsed = new Map<string, Json>();
  const edited = new Set<string>();
  const peek = (path: string): Json | undefined => {
    let value = parsed.get(path);
    const text = texts.get(path);
    if (!value && text !== undefined) {
      value = JSON.parse(text) as Json;
      parsed.set(path, value);
    }
    return value;
  };
  const json = (path: string): Json => {
    const value = peek(path);
    if (!value) throw new Error(`${path} is not in the dataset`);
    edited.add(path);
    return value;
  };
  const changed = () =>
    [...edited].map((path) => ({ path, text: formatDataJson(parsed.get(path)) }));
  return { json, peek, changed };
}

const byDate = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** What writeFigure needs of a checked entry: its source by id only. */
export type FigureEntry = Omit<ReportEntry, 'source' | 'sourceIsNew'> & { source: { id: string } };

/**
 * Writes one figure as data/ holds it: an observation into its plan file, a whole-year actual
 * (dated 31 December) or a year-to-date report into its series file (the year added if missing).
 */
export function writeFigure(json: JsonOf, entry: FigureEntry, dir: string): ReportChange {
  const { source, target } = entry;
  const citation = {
    source: source.id,
    quote: entry.quote,
    ...(entry.quoteKey ? { quoteKey: entry.quoteKey } : {}),
  };
  const point = {
    date: entry.date,
    value: entry.value,
    citation,
    ...(entry.note ? { note: entry.note } : {}),
  };
  if (target.kind === 'indicator') {
    const path = `${dir}/plans/${target.plan}.json`;
    const indicator = (json(path).indicators as Json[]).find((i) => i.id === target.id)!;
    const observations = indicator.observations as { date: string }[];
    observations.push(point);
    observations.sort(byDate);
    return {
      file: path,
      row: entry.row,
      text: `+ ${target.id} ${entry.date}: ${entry.value} (observation)`,
    };
  }
  const path = `${dir}/series/${target.id}.json`;
  const years = json(path).years as (Json & { year: number })[];
  let year = years.find((y) => y.year === target.year);
  if (!year) {
    year = { year: target.year };
    years.push(year);
    years.sort((a, b) => a.year - b.year);
  }
  if (target.part === 'actual') {
    year.actual = {
      value: entry.value,
      date: entry.date,
      citations: [citation],
      ...(entry.note ? { note: entry.note } : {}),
    };
    return {
      file: path,
      row: entry.row,
      text: `+ ${target.id} ${target.year} actual: ${entry.value} (${entry.date})`,
    };
  }
  const reports = ((year.reports as { date: string }[] | undefined) ??= []);
  reports.push(point);
  reports.sort(byDate);
  return {
    file: path,
    row: entry.row,
    text: `+ ${target.id} ${entry.date}: ${entry.value} (year-to-date report)`,
  };
}

export function applyReport(
  files: readonly DataFile[],
  entries: readonly ReportEntry[],
  { dir = 'data', today }: { dir?: string; today: string },
): AppliedReport {
  const { json, changed: changedFiles } = editableFiles(files);
  const changes: ReportChange[] = [];
  const sourcesPath = `${dir}/sources.json`;
  const added = new Set<string>();

  for (const entry of entries) {
    const { source } = entry;
    if (entry.sourceIsNew && !added.has(source.id)) {
      added.add(source.id);
      (json(sourcesPath).sources as Json[]).push({ ...source });
      changes.push({
        file: sourcesPath,
        row: entry.row,
        text: `+ source ${source.id} (${source.kind}) ${source.title.zh}`,
      });
    }
    changes.push(writeFigure(json, entry, dir));
  }

  const changed = changedFiles();
  const after = files.map((f) => changed.find((c) => c.path === f.path) ?? f);
  const { errors } = validateDataset(after, { today, dir });
  const problems: ReportProblem[] = errors.map((error) => {
    const id = error.indicator ?? error.series;
    const row = entries.find((e) => e.target.id === id)?.row;
    return {
      sheet: SHEET_ENTRY,
      ...(row ? { row } : {}),
      what: { zh: `数据检查未通过：${formatDataError(error)}`, en: formatDataError(error) },
      fix: {
        zh: '按 data:check 的提示修改这一行',
        en: 'correct the row as data:check says',
      },
    };
  });
  return { changed: problems.length > 0 ? [] : changed, changes, problems };
}
