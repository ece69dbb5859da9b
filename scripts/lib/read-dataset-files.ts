// Reads the dataset's JSON files as text; all judging is left to validateDataset.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFile } from '../../src/domain/dataset/validate-dataset.ts';

/** How a directory is named in paths and messages: relative to cwd when inside it ("data"). */
export function displayDir(dir: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, dir));
  const shown =
    relative === ''
      ? '.'
      : relative.startsWith('..') || path.isAbsolute(relative)
        ? path.resolve(cwd, dir)
        : relative;
  return shown.split(path.sep).join('/');
}

/** Every *.json file below `dir` (dot-files skipped), with paths spelled like "data/plans/x.json". */
export function readDatasetFiles(dir = 'data', cwd = process.cwd()): DataFile[] {
  const root = path.resolve(cwd, dir);
  const shown = displayDir(dir, cwd);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(root, file)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .sort()
    .map((file) => ({
      path: [shown, ...path.relative(root, file).split(path.sep)].join('/'),
      // Decoded without stripping a BOM or fixing bad bytes, so the checker can report them.
      text: readFileSync(file).toString('utf8'),
    }));
}
