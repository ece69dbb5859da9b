// Reads one data file's text as JSON, naming what an editor or a paste got wrong: size,
// byte-order mark, CRLF line endings, broken UTF-8, and where the JSON syntax breaks.
import { fileError, type DataError, type DataFile } from './data-error.ts';
import { findJsonSyntaxError, lineColumn } from './json-syntax-error.ts';
import { findDuplicateKeys, type JsonKeyIssue } from '../json/duplicate-keys.ts';

/** Far above any real plan file; a bigger one is a paste accident, not data. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

/** The file's JSON value, or null when it cannot be read; every problem goes into `errors`. */
export function readDataFileJson(file: DataFile, errors: DataError[]): { value: unknown } | null {
  const fail = (message: string) => errors.push(fileError(file.path, message));
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_DATA_FILE_BYTES) {
    fail(
      `is ${bytes} bytes, over the ${MAX_DATA_FILE_BYTES}-byte limit: split it or remove what was pasted by accident`,
    );
    return null;
  }
  let text = file.text;
  if (text.startsWith('\uFEFF')) {
    fail('starts with a byte-order mark (BOM): save it as UTF-8 without BOM');
    text = text.slice(1);
  }
  if (text.trim() === '') {
    fail('is empty: it must hold one JSON object');
    return null;
  }
  const cr = text.indexOf('\r');
  if (cr >= 0)
    fail(
      `uses CRLF (Windows) line endings, first on line ${lineColumn(text, cr).line}: save it with LF line endings`,
    );
  const mangled = text.indexOf('\uFFFD');
  if (mangled >= 0)
    fail(
      `is not valid UTF-8 (line ${lineColumn(text, mangled).line} holds a replacement character): save it as UTF-8`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const { at, reason } = findJsonSyntaxError(text);
    const { line, column } = lineColumn(text, at);
    fail(`is not valid JSON: ${reason} at line ${line}, column ${column}`);
    return null;
  }
  // JSON.parse keeps the last of two equal keys: the figure a reviewer reads may not be the one
  // used, so every duplicate is refused (the value is still returned so other checks can run).
  for (const issue of findDuplicateKeys(text))
    errors.push(duplicateKeyError(file.path, value, issue));
  return { value };
}

const idAt = (value: unknown, list: string, index: number): string | undefined => {
  const item = (value as Record<string, unknown[]> | null)?.[list]?.[index];
  const id = (item as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/** Names a duplicate key by the indicator, figure or series it sits in, as other errors do. */
function duplicateKeyError(file: string, value: unknown, issue: JsonKeyIssue): DataError {
  const where = issue.path === '(root)' ? '' : issue.path;
  const field = /^[A-Za-z_$][\w$]*$/.test(issue.key)
    ? (where ? `${where}.` : '') + issue.key
    : `${where}[${JSON.stringify(issue.key)}]`;
  const error: DataError = {
    file,
    field,
    code: 'duplicate-key',
    message: `line ${issue.line}: key "${issue.key}" is written twice (first on line ${issue.firstLine}); JSON keeps only the last, so the value a reader sees may not be the one used: keep one`,
  };
  const inList = /^(indicators|figures)\[(\d+)\](?:\.|(?=\[)|$)(.*)$/.exec(field);
  const id = inList ? idAt(value, inList[1]!, Number(inList[2])) : undefined;
  if (inList && id) {
    const rest = inList[3]!;
    return { ...error, [inList[1] === 'indicators' ? 'indicator' : 'figure']: id, field: rest };
  }
  const seriesId = /\/series\/[^/]+\.json$/.test(file)
    ? (value as { id?: unknown } | null)?.id
    : undefined;
  return typeof seriesId === 'string' && seriesId !== '' ? { ...error, series: seriesId } : error;
}
