// `npm run data:import -- <update>.json`: the curation update file /curate downloads
// (pt-curation-v1). Checked against its schema first: each problem one line naming the JSON path
// (`update.json › entries[2].citation.quote: …`); then applied with applyCuration, the same
// function /curate previews with: each problem one line naming the entry, field and quote rule.
// Any problem: nothing is written. Otherwise the changed files are written and what changed is
// printed; entries data/ already holds are said to be there.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyCuration, type CurationProblem } from '../../src/domain/curation/apply-curation';
import { entryText } from '../../src/domain/curation/entry-text';
import { curationUpdateSchema } from '../../src/domain/curation/update-file';
import type { DataFile } from '../../src/domain/dataset/validate-dataset';

/** At most what a reporting workbook may be: an update file is a few kilobytes. */
const MAX_UPDATE_BYTES = 5 * 1024 * 1024;

/** A zod issue path as JSON spells it: entries[2].citation.quote. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export interface CurationImportOptions {
  file: string;
  files: DataFile[];
  /** The data dir as given (for writing) and as its paths spell it. */
  dataDir: string;
  dir: string;
  today: string;
  lang: 'zh' | 'en';
  dryRun: boolean;
}

/** One line for a problem of applyCuration: the entry, its field and the rule broken. */
export function problemLine(shown: string, p: CurationProblem, lang: 'zh' | 'en'): string {
  const where =
    p.entry !== undefined
      ? `entries[${p.entry}]${p.field ? `.${p.field}` : ''}`
      : (p.field ?? null);
  const rule = p.rule ? ` [${p.rule}]` : '';
  return `${shown}${where ? ` › ${where}` : ''}: ${p.what[lang]}${rule} (${p.fix[lang]})`;
}

/** Lines to print and the exit code; writes only when there is no problem and not --dry-run. */
export function importCuration(o: CurationImportOptions): {
  out: string[];
  err: string[];
  code: number;
} {
  const shown = path.basename(o.file);
  const refused = (lines: string[]) => ({
    out: [],
    err: [
      ...lines,
      `\n✗ ${lines.length} problem${lines.length === 1 ? '' : 's'}; nothing was written to ${o.dir}/`,
    ],
    code: 1,
  });
  let size: number;
  try {
    size = statSync(o.file).size;
  } catch {
    return refused([`${shown}: no such file`]);
  }
  if (size > MAX_UPDATE_BYTES)
    return refused([
      `${shown}: ${(size / 1024 / 1024).toFixed(1)} MB is too large for an update file (at most 5 MB)`,
    ]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(o.file, 'utf8'));
  } catch (error) {
    return refused([`${shown}: not a JSON file (${(error as Error).message})`]);
  }
  const parsed = curationUpdateSchema.safeParse(json);
  if (!parsed.success)
    return refused(
      parsed.error.issues.map(
        (i) => `${shown} › ${jsonPath(i.path) || '(the file)'}: ${i.message}`,
      ),
    );
  const update = parsed.data;
  const applied = applyCuration(o.files, update, { dir: o.dir, today: o.today });
  if (applied.problems.length > 0)
    return refused(applied.problems.map((p) => problemLine(shown, p, o.lang)));
  const out: string[] = [];
  for (const i of applied.alreadyThere)
    out.push(`= entries[${i}]: ${entryText(update.entries[i]!)} is already in ${o.dir}/`);
  const n = update.entries.length - applied.alreadyThere.length;
  const entries = (k: number) => `${k} entr${k === 1 ? 'y' : 'ies'}`;
  if (applied.changed.length === 0) {
    out.push(`✓ nothing to change: all ${entries(update.entries.length)} already in ${o.dir}/`);
    return { out, err: [], code: 0 };
  }
  for (const c of applied.changes) out.push(`${c.text}  [entries[${c.entry}] → ${c.file}]`);
  const files = applied.changed.length;
  if (o.dryRun) {
    out.push(
      `\n(dry run) ${entries(n)} would change ${files} file${files === 1 ? '' : 's'}; nothing was written`,
    );
    return { out, err: [], code: 0 };
  }
  const root = path.resolve(o.dataDir);
  for (const c of applied.changed)
    writeFileSync(path.join(root, c.path.slice(o.dir.length + 1)), c.text);
  out.push(
    `\n✓ imported ${entries(n)} into ${files} file${files === 1 ? '' : 's'} of ${o.dir}/: ${applied.changed.map((c) => c.path).join(', ')}`,
    'run `npm run data:archive` and commit the archived version with the data change',
  );
  return { out, err: [], code: 0 };
}
