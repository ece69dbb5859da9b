// `data:extract --write`: the accepted candidates become curation entries (extractEntries), are
// applied as data:import applies an update (applyCuration, entry by entry: what has a problem is
// reported by candidate number and left out), the changed files are written, and the dataset is
// archived as `npm run data:archive` does, for the same data dir. The result passes data:check:
// applyCuration validates it before anything is written.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyWritable, problemText } from '../../src/domain/curation/apply-writable';
import type { Candidate } from '../../src/domain/curation/candidate';
import type { DocumentMeta } from '../../src/domain/curation/document-meta';
import {
  acceptedCandidates,
  extractEntries,
  extractUpdate,
} from '../../src/domain/curation/extract-entries';
import { entryText } from '../../src/domain/curation/entry-text';
import { sourceSchema, type Source } from '../../src/domain/dataset/schema';
import type { DataFile, Dataset } from '../../src/domain/dataset/validate-dataset';
import { archiveDataset, servedVersion } from './dataset-archive';
import { UsageError, type ExtractArgs, type Valued } from './extract-args';
import { loadDataset } from './load-dataset';

const NEW_SOURCE_FLAGS: readonly Valued[] = [
  'url',
  'title-en',
  'publisher',
  'publisher-en',
  'kind',
];

/** The id a new source gets when --source-id is not given: site, date and English title. */
function sourceId(url: string, date: string, titleEn: string): string {
  let host = 'source';
  try {
    host = new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? host;
  } catch {
    // The schema names a bad URL below.
  }
  const words = titleEn.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return [host.toLowerCase().replace(/[^a-z0-9]+/g, '-'), date, ...words.slice(0, 4)]
    .join('-')
    .replace(/-+/g, '-');
}

/** The source the entries cite: --source, or a new one from the flags (checked by the schema). */
export function resolveSource(
  args: ExtractArgs,
  dataset: Dataset,
  meta: Pick<DocumentMeta, 'date' | 'title'>,
): { id: string; source: Source | null } {
  const v = args.values;
  if (v.source !== undefined) {
    const extra = ([...NEW_SOURCE_FLAGS, 'outlet', 'outlet-en', 'source-id'] as Valued[]).filter(
      (f) => v[f] !== undefined,
    );
    if (extra.length > 0)
      throw new UsageError(`--source cites an existing source: drop --${extra.join(', --')}`);
    const cited = dataset.sources.find((s) => s.id === v.source);
    if (!cited) throw new UsageError(`--source ${v.source}: no such source in data/sources.json`);
    // A seed source is one known file: another document's quotes would be put in its mouth.
    if (cited.seedFile && cited.seedFile !== path.basename(args.file))
      throw new UsageError(
        `--source ${v.source} is the seed ${cited.seedFile}, not ${path.basename(args.file)}: cite the source this document is`,
      );
    return { id: v.source, source: null };
  }
  const title = v.title ?? meta.title;
  const date = v.date ?? meta.date;
  const missing = [
    ...NEW_SOURCE_FLAGS.filter((f) => v[f] === undefined).map((f) => `--${f}`),
    ...(title ? [] : ['--title']),
    ...(date ? [] : ['--date']),
  ];
  if (missing.length > 0)
    throw new UsageError(
      `--write cites --source <existing id>, or a new source: it needs ${missing.join(', ')}`,
    );
  if ((v.outlet === undefined) !== (v['outlet-en'] === undefined))
    throw new UsageError('--outlet and --outlet-en go together');
  const source = {
    id: v['source-id'] ?? sourceId(v.url!, date!, v['title-en']!),
    title: { zh: title!, en: v['title-en']! },
    publisher: { zh: v.publisher!, en: v['publisher-en']! },
    date: date!,
    kind: v.kind!,
    ...(v.outlet ? { originalOutlet: { zh: v.outlet, en: v['outlet-en']! } } : {}),
    url: v.url!,
  };
  const parsed = sourceSchema.safeParse(source);
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues
        .map((i) => `the new source's ${i.path.join('.') || 'fields'}: ${i.message}`)
        .join('\n'),
    );
  if (dataset.sources.some((s) => s.id === source.id))
    throw new UsageError(
      `source id "${source.id}" is taken: cite it with --source ${source.id}, or give --source-id`,
    );
  return { id: source.id, source: parsed.data };
}

export interface WriteInput {
  args: ExtractArgs;
  candidates: Candidate[];
  files: DataFile[];
  dataset: Dataset;
  source: { id: string; source: Source | null };
  /** How the data dir is spelled in paths (data/plans/…). */
  dir: string;
  today: string;
  say: (line: string) => void;
}

/** Writes the accepted candidates; the exit code (0 written or nothing to change, 1 refused). */
export function writeCandidates(input: WriteInput): number {
  const { args, candidates, files, dataset, source, dir, today, say } = input;
  const plan = args.values.plan!;
  if (!dataset.plans.some((p) => p.plan.id === plan))
    throw new UsageError(
      `--plan ${plan}: no such plan in ${dir}/plans (${dataset.plans.map((p) => p.plan.id).join(', ')})`,
    );
  const beyond = (args.only ?? []).filter((n) => n < 1 || n > candidates.length);
  if (beyond.length > 0)
    throw new UsageError(
      `--only ${beyond.join(',')}: the candidates are numbered 1 to ${candidates.length}`,
    );
  const accepted = acceptedCandidates(candidates, args.only);
  say(
    `\n--write: ${accepted.length} candidate${accepted.length === 1 ? '' : 's'} ${args.only ? 'listed' : 'matched to data/'} (${accepted.map((a) => `#${a.number}`).join(' ') || 'none'}), plan ${plan}, source ${source.id}${source.source ? ' (new)' : ''}`,
  );
  const built = extractEntries(accepted, { plan, source: source.id, dataset });
  for (const a of built.already) say(`= #${a.number} is already in ${dir}/: ${a.what}`);
  const update = extractUpdate(built.entries, source.source, {
    baseDataset: servedVersion(dataset).hash,
    madeAt: new Date().toISOString(),
  });
  const result = applyWritable(files, update, built.numbers, { dir, today });
  const reports = [...built.reports, ...result.reports].sort((a, b) => a.number - b.number);
  for (const r of reports) say(`✗ #${r.number} ${r.field}: ${r.why}`);
  if (result.refusal.length > 0) {
    for (const p of result.refusal) say(`✗ ${p.field ? `${p.field}: ` : ''}${problemText(p)}`);
    say(`\n✗ nothing was written to ${dir}/`);
    return 1;
  }
  const applied = result.applied;
  const numberOf = (entry: number) => result.numbers[entry]!;
  for (const i of applied?.alreadyThere ?? [])
    say(`= #${numberOf(i)} is already in ${dir}/: ${entryText(result.update!.entries[i]!)}`);
  for (const change of applied?.changes ?? [])
    say(`${change.text}  [#${numberOf(change.entry)} → ${change.file}]`);
  const changed = applied?.changed ?? [];
  const notWritten =
    reports.length > 0
      ? `; ${reports.length} problem${reports.length === 1 ? '' : 's'} reported above, not written`
      : '';
  if (changed.length === 0) {
    const there = built.already.length + (applied?.alreadyThere.length ?? 0);
    if (there > 0 && reports.length === 0) {
      say(
        `✓ nothing to change: ${there === 1 ? 'the accepted candidate is' : `all ${there} accepted candidates are`} already in ${dir}/`,
      );
      return 0;
    }
    say(
      `\n✗ nothing to write${there > 0 ? ` (${there} already in ${dir}/)` : ''}${notWritten}; nothing was written to ${dir}/`,
    );
    return 1;
  }
  const written = result.update!.entries.length - applied!.alreadyThere.length;
  if (args.dryRun) {
    say(
      `\n(dry run) ${written} entr${written === 1 ? 'y' : 'ies'} would change ${changed.length} file${changed.length === 1 ? '' : 's'}${notWritten}; nothing was written`,
    );
    return 0;
  }
  const root = path.resolve(args.dataDir);
  for (const file of changed)
    writeFileSync(path.join(root, file.path.slice(dir.length + 1)), file.text);
  // As `npm run data:archive` does for data/: the archive sits beside the data dir.
  const archiveDir = path.join(path.dirname(root), 'datasets');
  const archived = archiveDataset(loadDataset(args.dataDir, { today }), archiveDir);
  say(
    `\n✓ wrote ${written} entr${written === 1 ? 'y' : 'ies'} into ${changed.length} file${changed.length === 1 ? '' : 's'} of ${dir}/: ${changed.map((c) => c.path).join(', ')}${notWritten}`,
  );
  say(
    `✓ ${archived.added ? `archived the new version as ${path.relative(process.cwd(), archived.file) || archived.file}: commit it with the data change` : `${archived.file} already archived`}`,
  );
  return 0;
}
