// Reads one data file's text as JSON, naming what an editor or a paste got wrong: size,
// byte-order mark, CRLF line endings, broken UTF-8, and where the JSON syntax breaks.
import { fileError, type DataError, type DataFile } from './data-error.ts';
import { findJsonSyntaxError, lineColumn } from './json-syntax-error.ts';

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
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const { at, reason } = findJsonSyntaxError(text);
    const { line, column } = lineColumn(text, at);
    fail(`is not valid JSON: ${reason} at line ${line}, column ${column}`);
    return null;
  }
}
