// Turns zod's schema issues into data:check errors a curator can act on: placed under the
// indicator or figure they concern, and worded in plain English.
import type * as z from 'zod/mini';
import type { DataError } from './data-error.ts';

type Path = readonly PropertyKey[];

/** The data errors one schema issue stands for (an unknown-keys issue names each key). */
export function issueErrors(file: string, raw: unknown, issue: z.core.$ZodIssue): DataError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      locate(
        file,
        raw,
        [...issue.path, key],
        `unknown key "${key}": remove it or fix its spelling`,
      ),
    );
  }
  const error = locate(file, raw, issue.path, describeIssue(issue, valueAt(raw, issue.path)));
  // A rule with a name of its own (invisible-name…) carries it in the issue's params.
  const code =
    issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return [typeof code === 'string' ? { ...error, code } : error];
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

const ITEM_KEYS = { indicators: 'indicator', figures: 'figure' } as const;

/** Puts an issue under its indicator's (or figure's) id, so "indicators[3].target" reads as the indicator it is. */
function locate(file: string, raw: unknown, path: Path, message: string): DataError {
  const list = path[0];
  if ((list === 'indicators' || list === 'figures') && typeof path[1] === 'number') {
    const id = valueAt(raw, [list, path[1], 'id']);
    const name = typeof id === 'string' && id !== '' ? id : `${list}[${path[1]}]`;
    return { file, [ITEM_KEYS[list]]: name, field: formatPath(path.slice(2)), message };
  }
  return { file, field: formatPath(path), message };
}

// zod/mini ships no English messages ("Invalid input"), so generic issues are worded here.
function describeIssue(issue: z.core.$ZodIssue, got: unknown): string {
  const own = issue.message !== 'Invalid input' ? issue.message : null;
  if (issue.code === 'invalid_type') {
    if (got === undefined) return 'is required';
    // JSON's 1e999 parses as Infinity, which zod reports as "not a number".
    if (typeof got === 'number' && !Number.isFinite(got))
      return `must be a finite number, got ${got}`;
    const expected = String(issue.expected);
    return `${own ?? `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`}, got ${describeValue(got)}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(got)}`;
  }
  return got === undefined || typeof got === 'object'
    ? (own ?? issue.code)
    : `${own ?? issue.code}, got ${describeValue(got)}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return value.length > 60 ? `a ${value.length}-character text` : JSON.stringify(value);
  return String(value);
}
