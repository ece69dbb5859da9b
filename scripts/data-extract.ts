// `npm run data:extract -- <file.txt|.html|.docx|.pdf> [--json] [--date YYYY-MM-DD] [--title …]
// [--data-dir data] [--write --plan <id> …]`: proposes every target and reported figure of a
// document, each with the clause that states it, matched to an existing indicator or series year
// or marked "new", numbered as --only takes them. DOCX is read with mammoth, PDF with pdf.js
// (wrapped lines joined), both only for their format; a refused document (over 5 MB, no text,
// damaged) exits 1 with one line naming the file. --write writes the accepted candidates into the
// data dir and archives it (scripts/lib/extract-write.ts). Exit codes: 0 done, 1 refused or
// nothing writable, 2 usage.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sizeRefusal } from '../src/domain/curation/document-input';
import { extractClaims } from '../src/domain/curation/extract';
import { contextBefore, knownEntries, matchCandidate } from '../src/domain/curation/match';
import { validateDataset } from '../src/domain/dataset/validate-dataset';
import { readDocument } from '../src/lib/curation/read-document';
import { parseExtractArgs, USAGE, UsageError, type ExtractArgs } from './lib/extract-args';
import { resolveSource, writeCandidates } from './lib/extract-write';
import { todayIso } from './lib/load-dataset';
import { displayDir, readDatasetFiles } from './lib/read-dataset-files';

async function main(argv: string[]): Promise<number> {
  const args: ExtractArgs = parseExtractArgs(argv);
  const today = args.values.today ?? todayIso();
  const dir = displayDir(args.dataDir);
  let files: ReturnType<typeof readDatasetFiles> = [];
  try {
    files = readDatasetFiles(args.dataDir);
  } catch {
    if (args.write) throw new UsageError(`--data-dir ${args.dataDir}: no dataset there`);
  }
  // Without a valid dataset every candidate is "new"; --write needs one.
  const { dataset } = validateDataset(files, { today, dir });
  if (args.write && !dataset) {
    console.error(`✗ ${dir}/ does not pass data:check; fix it before writing into it`);
    return 1;
  }
  // An existing source gives the document's date when --date does not.
  const cited = dataset?.sources.find((s) => s.id === args.values.source);
  const date = args.values.date ?? cited?.date ?? null;

  const file = args.file;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`${file}: no such file`);
    return 1;
  }
  const name = path.basename(file);
  // Refuse a large file by its size before reading it into memory.
  const input = sizeRefusal(name, size) ?? (await readDocument(name, readFileSync(file)));
  if (!input.ok) {
    console.error(input.message);
    return 1;
  }
  const { meta, candidates } = extractClaims(input.text, { date, title: args.values.title });
  const entries = dataset ? knownEntries(dataset) : [];
  const matched = candidates.map((c) => ({
    ...c,
    match: matchCandidate(c, entries, contextBefore(input.text, c.at)),
  }));
  // Said on stderr, so --json still prints its (empty) array alone.
  if (matched.length === 0)
    console.error(
      `${name}: no figures found (no target or reported figure; dates, phone numbers and document numbers are not figures)`,
    );

  if (args.json) console.log(JSON.stringify(matched, null, 2));
  else {
    console.log(
      `${meta.title ?? name} · ${meta.date ?? '日期未知 (--date)'}${meta.outlet ? ` · 来源 ${meta.outlet}` : ''}`,
    );
    matched.forEach((c, i) => {
      // A comparator word (达到) means something only for a target; an actual is the figure itself.
      const cmp =
        c.kind !== 'target' ? '' : c.comparator === 'gte' ? '≥' : c.comparator === 'lte' ? '≤' : '';
      const unit = c.unit === 'percent' ? '%' : (c.measure ?? '');
      console.log(
        `#${i + 1} ${c.kind.padEnd(6)} ${c.year ?? '----'} ${cmp}${c.value}${unit}  ${c.subject ?? ''}  「${c.quote.replace(/\s+/g, '')}」 → ${c.match}`,
      );
    });
    console.log(`${matched.length} candidates`);
  }
  if (!args.write) return 0;
  if (matched.length === 0) {
    console.error(`✗ nothing to write; nothing was written to ${dir}/`);
    return 1;
  }
  return writeCandidates({
    args,
    candidates: matched,
    files,
    dataset: dataset!,
    source: resolveSource(args, dataset!, meta),
    dir,
    today,
    // With --json, stdout holds the array alone.
    say: args.json ? (line) => console.error(line) : (line) => console.log(line),
  });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
