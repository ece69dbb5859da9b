// Writes a curation update (new sources, new indicators, series targets and actuals,
// observations, references) into data/'s files as data/ is written: each entry is checked first
// (what it names exists, its quote backs it by data:check's own rules, naming the rule), then
// written in data/'s key order and formatting; then the whole result is validated with
// data:check's own function. Anything wrong: nothing changes. Pure, for Node and the browser.
import type { DataFile } from '../dataset/data-error.ts';
import type { Citation, Localized, Source } from '../dataset/schema.ts';
import { validateDataset } from '../dataset/validate-dataset.ts';
import { editableFiles } from '../reporting/apply-report.ts';
import { L } from '../reporting/report-row.ts';
import { validationProblems, type CurationProblem, type Report } from './curation-problems.ts';
import { writeNewIndicator, writeObservation, writeReference } from './indicator-writes.ts';
import { writeSeriesActual, writeSeriesTarget } from './series-writes.ts';
import type { Outcome, WriteContext } from './write-context.ts';
import type { CurationEntry, CurationUpdate } from './update-file.ts';

export type { CurationProblem } from './curation-problems.ts';

export interface CurationChange {
  file: string;
  /** The entry (index in update.entries) that made it; for a new source, the first citing it. */
  entry: number;
  text: string;
}

export interface AppliedCuration {
  /** Every file that changed, with its new text; [] when there is any problem. */
  changed: DataFile[];
  changes: CurationChange[];
  problems: CurationProblem[];
  /** Entries data/ already holds (same value, date and quote): they change nothing. */
  alreadyThere: number[];
}

/** Every citation an entry carries. */
export function entryCitations(entry: CurationEntry): Citation[] {
  if (entry.kind !== 'new-indicator') return [entry.citation];
  const { target, baseline, observations, references = [] } = entry.indicator;
  return [target, ...(baseline ? [baseline] : []), ...observations, ...references].map(
    (x) => x.citation,
  );
}

const canonical = (source: Source) =>
  JSON.stringify(Object.entries(source).sort(([a], [b]) => (a < b ? -1 : 1)));

export function applyCuration(
  files: readonly DataFile[],
  update: CurationUpdate,
  { dir = 'data', today }: { dir?: string; today: string },
): AppliedCuration {
  const problems: CurationProblem[] = [];
  const changes: CurationChange[] = [];
  const alreadyThere: number[] = [];
  const { dataset } = validateDataset(files, { today, dir });
  if (!dataset)
    return {
      changed: [],
      changes,
      alreadyThere,
      problems: [
        {
          what: L(`${dir}/ 本身未通过数据检查`, `${dir}/ itself does not pass data:check`),
          fix: L('先运行 npm run data:check 并修正', 'run npm run data:check and fix it first'),
        },
      ],
    };
  const { json, peek, changed } = editableFiles(files);
  const sourceDates = new Map(dataset.sources.map((s) => [s.id, s.date]));
  const citing = (id: string) =>
    update.entries.findIndex((e) => entryCitations(e).some((c) => c.source === id));

  update.sources.forEach((source, i) => {
    const bad = (what: Localized, fix: Localized) =>
      problems.push({ field: `sources[${i}]`, what, fix });
    const had = dataset.sources.find((s) => s.id === source.id);
    const entry = citing(source.id);
    if (had && canonical(had) === canonical(source)) return;
    if (had || sourceDates.has(source.id))
      bad(
        L(
          `来源编号“${source.id}”已被另一个来源使用`,
          `source id "${source.id}" is taken by another source`,
        ),
        L('另取一个编号，或引用已有的来源', 'choose another id, or cite the existing source'),
      );
    else if (source.date > today)
      bad(
        L(`来源日期 ${source.date} 在未来`, `the source's date ${source.date} is in the future`),
        L('填写实际发布的日期', 'enter the day it was actually published'),
      );
    else if (entry < 0)
      bad(
        L(`没有条目引用来源“${source.id}”`, `no entry cites source "${source.id}"`),
        L('删去这个来源', 'remove the source'),
      );
    else {
      sourceDates.set(source.id, source.date);
      const path = `${dir}/sources.json`;
      (json(path).sources as Source[]).push(source);
      changes.push({
        file: path,
        entry,
        text: `+ source ${source.id} (${source.kind}) ${source.title.zh}`,
      });
    }
  });

  const takenIds = new Set([
    ...dataset.plans.flatMap((p) => [...p.indicators, ...(p.figures ?? [])].map((x) => x.id)),
    ...dataset.series.map((s) => s.id),
  ]);
  update.entries.forEach((entry, index) => {
    const report: Report = (field, what, fix, rule) =>
      problems.push({
        entry: index,
        ...(field ? { field } : {}),
        ...(rule ? { rule } : {}),
        what,
        fix,
      });
    const change = (file: string, text: string) => changes.push({ file, entry: index, text });
    const ctx: WriteContext = { json, peek, dir, today, sourceDates, index, report, change };
    const outcome: Outcome =
      entry.kind === 'indicator-observation'
        ? writeObservation(ctx, entry)
        : entry.kind === 'indicator-reference'
          ? writeReference(ctx, entry)
          : entry.kind === 'series-target'
            ? writeSeriesTarget(ctx, entry)
            : entry.kind === 'series-actual'
              ? writeSeriesActual(ctx, entry)
              : writeNewIndicator(ctx, entry, takenIds);
    if (outcome === 'already') alreadyThere.push(index);
  });

  const written = changed();
  const after = files.map((f) => written.find((c) => c.path === f.path) ?? f);
  problems.push(
    ...validationProblems(validateDataset(after, { today, dir }).errors, update.entries),
  );
  return { changed: problems.length > 0 ? [] : written, changes, problems, alreadyThere };
}
