// Checks the hand-curated dataset (sources.json + plans/*.json) and names, for every problem,
// the file, the indicator or figure, and the field, so a curator can fix data/ without reading
// code. Pure (files come in as text) so the CLI, the static-API build and tests share it.
// This module only orchestrates: reading a file's text, wording schema issues and the
// cross-file checks each live in their own module.
import { fileError, type DataError, type DataFile, type Parsed } from './data-error.ts';
import { readDataFileJson } from './data-file-text.ts';
import { checkPlans, checkSources } from './dataset-cross-checks.ts';
import { checkSeries } from './series-checks.ts';
import {
  plansFileSchema,
  seriesSchema,
  sourcesFileSchema,
  type PlansFile,
  type Series,
  type Source,
} from './schema.ts';
import { issueErrors } from './zod-issue-wording.ts';

export { formatDataError, type DataError, type DataFile } from './data-error.ts';
export { MAX_DATA_FILE_BYTES } from './data-file-text.ts';

export interface Dataset {
  sources: Source[];
  plans: PlansFile[];
  /** Targets set anew every year, one file each; [] when the folder is absent. */
  series: Series[];
}
export interface ValidateOptions {
  /** YYYY-MM-DD; observations and actual figures after it are errors. Passed in so results are reproducible. */
  today: string;
  /** Where the files live, as their paths spell it (default "data"). */
  dir?: string;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Validates every file and the dataset as a whole; `dataset` is null when anything is wrong. */
export function validateDataset(
  files: readonly DataFile[],
  options: ValidateOptions,
): { dataset: Dataset | null; errors: DataError[] } {
  const dir = (options.dir ?? 'data').replace(/\/+$/, '');
  const errors: DataError[] = [];
  const jsonFiles = files
    .filter((f) => f.path.endsWith('.json'))
    .sort((a, b) => compareText(a.path, b.path));
  const planPath = new RegExp(`^${escapeRegExp(dir)}/plans/[^/]+\\.json$`);
  const seriesPath = new RegExp(`^${escapeRegExp(dir)}/series/[^/]+\\.json$`);
  let sources: Parsed<Source[]> | null = null;
  const plans: Parsed<PlansFile>[] = [];
  const seriesFiles: Parsed<Series>[] = [];
  let sourcesSeen = false;
  let planFilesSeen = 0;

  for (const file of jsonFiles) {
    const isSources = file.path === `${dir}/sources.json`;
    const isSeries = seriesPath.test(file.path);
    if (!isSources && !isSeries && !planPath.test(file.path)) {
      errors.push(
        fileError(
          file.path,
          `is not part of the dataset: sources go in ${dir}/sources.json, plans in ${dir}/plans/<plan-id>.json, series in ${dir}/series/<series-id>.json`,
        ),
      );
      continue;
    }
    if (isSources) sourcesSeen = true;
    else if (!isSeries) planFilesSeen += 1;
    const json = readDataFileJson(file, errors);
    if (!json) continue;
    if (isSeries) {
      const parsed = seriesSchema.safeParse(json.value);
      if (parsed.success) seriesFiles.push({ file: file.path, data: parsed.data });
      else {
        const id = (json.value as { id?: unknown } | null)?.id;
        const series = typeof id === 'string' && id !== '' ? id : undefined;
        errors.push(
          ...parsed.error.issues.flatMap((issue) =>
            issueErrors(file.path, json.value, issue).map((e) => (series ? { ...e, series } : e)),
          ),
        );
      }
      continue;
    }
    const result = (isSources ? sourcesFileSchema : plansFileSchema).safeParse(json.value);
    if (!result.success) {
      errors.push(
        ...result.error.issues.flatMap((issue) => issueErrors(file.path, json.value, issue)),
      );
    } else if ('sources' in result.data) {
      sources = { file: file.path, data: result.data.sources };
    } else {
      plans.push({ file: file.path, data: result.data });
    }
  }

  if (!sourcesSeen)
    errors.push(
      fileError(`${dir}/sources.json`, 'is missing: every citation names a source listed there'),
    );
  if (planFilesSeen === 0)
    errors.push(fileError(`${dir}/plans/`, `holds no plan files: add ${dir}/plans/<plan-id>.json`));
  if (sources) errors.push(...checkSources(sources, options.today));
  // Without a valid sources file every citation would look unknown; that is one error, not hundreds.
  const sourceIds = sources ? new Map(sources.data.map((s) => [s.id, s.date])) : null;
  const homes = new Map<string, string>();
  errors.push(...checkPlans(plans, sourceIds, options.today, dir, homes));
  const planIds = new Set(plans.map((p) => p.data.plan.id));
  errors.push(...checkSeries(seriesFiles, homes, planIds, sourceIds, options.today, dir));

  // Grouped by file (the sort is stable), so each file's problems read together.
  errors.sort((a, b) => compareText(a.file, b.file));
  const dataset =
    errors.length === 0 && sources
      ? {
          sources: sources.data,
          plans: plans.map((p) => p.data),
          series: seriesFiles.map((s) => s.data),
        }
      : null;
  return { dataset, errors };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
