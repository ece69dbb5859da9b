// Builds bad datasets from the valid fixture: each case is the fixture plus one mutation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatasetFiles } from '../../scripts/lib/read-dataset-files';
import type { DataFile } from '../../src/domain/dataset/validate-dataset';

export const TODAY = '2026-11-24';
export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const VALID_DIR = path.join(FIXTURES_DIR, 'valid');

export const SOURCES = 'data/sources.json';
export const WORKER = 'data/plans/worker-development-2021-2025.json';
export const AIR = 'data/plans/air-quality-2026.json';

export type FileMap = Map<string, string>;
export type Mutation = (files: FileMap) => void;
type Key = string | number;

export interface ExpectedError {
  file: string;
  indicator?: string;
  figure?: string;
  series?: string;
  field: string;
  /** A fragment the message must contain. */
  message: string;
  /** The named rule (quote-comparator, duplicate-key…), checked when given. */
  code?: string;
}
export interface BadCase {
  name: string;
  mutate: Mutation;
  errors: ExpectedError[];
}

/** The valid fixture as if it were the repo's data/ directory. */
export function loadFixture(): FileMap {
  const files = readDatasetFiles('valid', FIXTURES_DIR);
  return new Map(files.map((f) => [f.path.replace(/^valid\//, 'data/'), f.text]));
}

export function asDataFiles(files: FileMap): DataFile[] {
  return [...files].map(([p, text]) => ({ path: p, text }));
}

function read(files: FileMap, file: string): string {
  const text = files.get(file);
  if (text === undefined) throw new Error(`fixture has no ${file}`);
  return text;
}

// Throws when a path is missing, so a typo in a case fails loudly instead of testing nothing.
function parentOf(root: unknown, keys: Key[]): Record<Key, unknown> {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !(key in node))
      throw new Error(`fixture has no ${keys.join('.')}`);
    node = (node as Record<Key, unknown>)[key];
  }
  if (node === null || typeof node !== 'object')
    throw new Error(`${keys.join('.')} is not an object`);
  return node as Record<Key, unknown>;
}

export function editJson(file: string, edit: (json: unknown) => void): Mutation {
  return (files) => {
    const json: unknown = JSON.parse(read(files, file));
    edit(json);
    files.set(file, `${JSON.stringify(json, null, 2)}\n`);
  };
}

export function setIn(file: string, keys: Key[], value: unknown): Mutation {
  if (keys.length === 0)
    throw new Error('setIn needs a path; use editText to replace a whole file');
  return editJson(file, (json) => {
    parentOf(json, keys.slice(0, -1))[keys.at(-1)!] = value;
  });
}

export function removeIn(file: string, keys: Key[]): Mutation {
  return editJson(file, (json) => {
    const parent = parentOf(json, keys.slice(0, -1));
    const key = keys.at(-1)!;
    if (!(key in parent)) throw new Error(`fixture has no ${keys.join('.')}`);
    delete parent[key];
  });
}

/** Appends to an array in the file (a copied source, an extra observation). */
export function pushIn(file: string, keys: Key[], item: unknown): Mutation {
  return editJson(file, (json) => {
    const list = parentOf(json, keys);
    if (!Array.isArray(list)) throw new Error(`${keys.join('.')} is not an array`);
    list.push(typeof item === 'function' ? (item as (j: unknown) => unknown)(json) : item);
  });
}

export function editText(file: string, edit: (text: string) => string): Mutation {
  return (files) => {
    const before = read(files, file);
    const after = edit(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    files.set(file, after);
  };
}

export function replaceText(file: string, find: string, replacement: string): Mutation {
  return editText(file, (text) => {
    if (!text.includes(find)) throw new Error(`${file} does not contain ${find}`);
    return text.replace(find, replacement);
  });
}

export function renameFile(from: string, to: string): Mutation {
  return (files) => {
    files.set(to, read(files, from));
    files.delete(from);
  };
}

export function removeFile(file: string): Mutation {
  return (files) => {
    read(files, file);
    files.delete(file);
  };
}

export function addFile(file: string, text: string | ((files: FileMap) => string)): Mutation {
  return (files) => {
    files.set(file, typeof text === 'string' ? text : text(files));
  };
}

export function all(...mutations: Mutation[]): Mutation {
  return (files) => mutations.forEach((mutate) => mutate(files));
}

/** A copy of a file's JSON with some edit, for a second file that clashes with the first. */
export function copyJson(
  files: FileMap,
  file: string,
  edit: (json: Record<string, unknown>) => void,
): string {
  const json = JSON.parse(read(files, file)) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json, null, 2);
}
