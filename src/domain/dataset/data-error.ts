// What data:check reports: one problem, named by file, indicator or figure, and field, so a
// curator can fix data/ without reading code.

export interface DataFile {
  path: string;
  text: string;
}
export interface DataError {
  file: string;
  indicator?: string;
  /** Set instead of `indicator` when the problem is in one of the plan's figures. */
  figure?: string;
  /** Set when the problem is in a series file. */
  series?: string;
  field: string;
  message: string;
  /** The rule broken, by name (quote-comparator, duplicate-key…), printed after the message. */
  code?: string;
}

/** A file's content that passed the schema, with the path it came from. */
export interface Parsed<T> {
  file: string;
  data: T;
}

/** The wording for a date that has not come yet, shared by every dated field. */
export function inFuture(date: string, today: string): string {
  return `${date} is in the future (today is ${today})`;
}

/** A problem with a whole file (missing, unreadable, misplaced). */
export function fileError(file: string, message: string): DataError {
  return { file, field: '', message };
}

/** One line per error: `data/plans/x.json › indicator y › target.value: message`. */
export function formatDataError(error: DataError): string {
  const indicator = error.indicator ? ` › indicator ${error.indicator}` : '';
  const figure = error.figure ? ` › figure ${error.figure}` : '';
  const series = error.series ? ` › series ${error.series}` : '';
  const field = error.field ? ` › ${error.field}` : '';
  const code = error.code ? ` [${error.code}]` : '';
  return `${error.file}${indicator}${figure}${series}${field}: ${error.message}${code}`;
}
