// `npm run data:import -- <file.xlsx|file.csv> [--dry-run] [--data-dir data] [--lang zh]
// [--allow-hidden]`: checks a filled reporting template with data:check's own rules. Any problem:
// one line per bad cell (`<file> › <sheet> row <n> › <column>: <message>`), exit 1, data/
// untouched. A hidden entry sheet, hidden rows or columns that hold data are refused the same
// way, each named; --allow-hidden imports them, still naming each one.
// Otherwise writes the new observations and the sources they need into data/ and prints
// what changed; rows data/ already holds are said to be there and change nothing.
// A .json file is the curation update file /curate downloads (pt-curation-v1): see
// scripts/lib/curation-import.ts.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateDataset, formatDataError } from '../src/domain/dataset/validate-dataset';
import { applyReport } from '../src/domain/reporting/apply-report';
import { checkReport } from '../src/domain/reporting/check-report';
import { formatProblem } from '../src/domain/reporting/report-types';
import { readReportFile, sizeProblem } from '../src/lib/reporting/read-report-file';
import { importCuration } from './lib/curation-import';
import { todayIso } from './lib/load-dataset';
import { displayDir, readDatasetFiles } from './lib/read-dataset-files';
import { parseReportArgs } from './lib/report-args';

const args = parseReportArgs(process.argv.slice(2));
if (!args.file) {
  console.error(
    'usage: npm run data:import -- <file.xlsx|file.csv|update.json> [--dry-run] [--data-dir <dir>] [--allow-hidden]',
  );
  process.exit(2);
}
const file = args.file;
const shownFile = path.basename(file);
const dir = displayDir(args.dataDir);
const today = args.today ?? todayIso();
const lang = args.lang;

const files = readDatasetFiles(args.dataDir);
const { dataset: validated, errors } = validateDataset(files, { today, dir });
if (!validated) {
  for (const error of errors) console.error(formatDataError(error));
  console.error(`\n✗ ${dir}/ itself does not pass data:check; fix it before importing`);
  process.exit(2);
}

const dataset = validated;

const HIDDEN_HINT = {
  en: '(what a reviewer cannot see is not imported: unhide it, or pass --allow-hidden once each part named above has been checked)',
  zh: '（审阅者看不到的内容不予导入：请取消隐藏；或在逐一核对上述各处后加 --allow-hidden 导入）',
};
const HIDDEN_ALLOWED = { en: 'imported: --allow-hidden', zh: '已导入：--allow-hidden' };

class Refused extends Error {}
const refuse = (lines: string[], note?: string): never => {
  for (const line of lines) console.error(line);
  if (note) console.error(note);
  console.error(
    `\n✗ ${lines.length} problem${lines.length === 1 ? '' : 's'}; nothing was written to ${dir}/`,
  );
  throw new Refused();
};

async function main(): Promise<number> {
  if (file.toLowerCase().endsWith('.json')) {
    const imported = importCuration({
      file,
      files,
      dataDir: args.dataDir,
      dir,
      today,
      lang,
      dryRun: args.dryRun,
    });
    for (const line of imported.out) console.log(line);
    for (const line of imported.err) console.error(line);
    return imported.code;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    refuse([`${shownFile}: ${lang === 'zh' ? '文件不存在' : 'no such file'}`]);
  }
  const tooBig = sizeProblem(size!);
  if (tooBig && !tooBig.ok) refuse([formatProblem(shownFile, tooBig.problem, lang)]);

  const read = await readReportFile(new Uint8Array(readFileSync(file)), shownFile);
  if (!read.ok) refuse([formatProblem(shownFile, read.problem, lang)]);
  else {
    const checked = checkReport(read.book, dataset, { today });
    const hidden = checked.hidden.map((p) => formatProblem(shownFile, p, lang));
    if (checked.problems.length > 0 || (hidden.length > 0 && !args.allowHidden))
      refuse(
        [
          ...checked.problems.map((p) => formatProblem(shownFile, p, lang)),
          ...(args.allowHidden ? [] : hidden),
        ],
        hidden.length > 0 && !args.allowHidden ? HIDDEN_HINT[lang] : undefined,
      );
    for (const line of hidden) console.log(`${line} [${HIDDEN_ALLOWED[lang]}]`);
    for (const n of checked.notices)
      console.log(`${shownFile} › ${n.sheet} row ${n.row} › ${n.column}: ${n.text[lang]}`);
    const applied = applyReport(files, checked.entries, { dir, today });
    if (applied.problems.length > 0)
      refuse(applied.problems.map((p) => formatProblem(shownFile, p, lang)));
    for (const a of checked.alreadyThere)
      console.log(`= row ${a.row}: ${a.target} ${a.date} is already in ${dir}/`);
    if (checked.entries.length === 0) {
      console.log(
        checked.alreadyThere.length > 0
          ? `✓ nothing to change: all ${checked.alreadyThere.length} row${checked.alreadyThere.length === 1 ? ' is' : 's are'} already in ${dir}/`
          : `✓ nothing to change: ${shownFile} has no rows`,
      );
      return 0;
    }
    for (const change of applied.changes)
      console.log(`${change.text}  [row ${change.row} → ${change.file}]`);
    if (args.dryRun) {
      console.log(
        `\n(dry run) ${checked.entries.length} row${checked.entries.length === 1 ? '' : 's'} would change ${applied.changed.length} file${applied.changed.length === 1 ? '' : 's'}; nothing was written`,
      );
      return 0;
    }
    const root = path.resolve(args.dataDir);
    for (const changed of applied.changed) {
      const relative = changed.path.slice(dir.length + 1);
      writeFileSync(path.join(root, relative), changed.text);
    }
    console.log(
      `\n✓ imported ${checked.entries.length} row${checked.entries.length === 1 ? '' : 's'} into ${applied.changed.length} file${applied.changed.length === 1 ? '' : 's'} of ${dir}/: ${applied.changed.map((c) => c.path).join(', ')}`,
    );
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof Refused)) throw error;
  process.exitCode = 1;
}
