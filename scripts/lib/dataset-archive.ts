// The archive of every dataset version the site has published (datasets/<hash>.json, outside
// data/): each holds the version's figures and every other shown field as flat rows, so a
// snapshot naming that version can be checked field by field long after data/ and its schema
// have moved on.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DATASET_ARCHIVE_FORMAT,
  datasetVersionSchema,
  figureRows,
  type DatasetIndex,
  type DatasetVersion,
  type FigureRow,
} from '../../src/domain/exports/snapshot-figures.ts';
import { canonicalJson } from '../../src/domain/exports/canonical-json.ts';
import {
  contentRows,
  type ContentRow,
  type ServedContent,
} from '../../src/domain/exports/published-content.ts';
import { catalogSchema, indicatorListSchema } from '../../src/domain/dataset/schema.ts';
import type { Dataset } from '../../src/domain/dataset/validate-dataset.ts';
import { buildApiFiles } from './api-files.ts';

export const ARCHIVE_DIR = 'datasets';

type Served = { hash: string; figures: FigureRow[]; content: ContentRow[] };

/** The hash, figures and shown fields of the dataset exactly as the static API serves it. */
export function servedVersion(dataset: Dataset): Served {
  const files = buildApiFiles(dataset, '1970-01-01T00:00:00.000Z');
  const catalog = catalogSchema.parse(JSON.parse(files.get('plans.json')!));
  const indicators = indicatorListSchema.parse(JSON.parse(files.get('indicators.json')!));
  return {
    hash: catalog.datasetHash,
    figures: figureRows({ catalog, indicators }),
    content: contentRows({ catalog, indicators }),
  };
}

/** The shown fields of API files as some (possibly older) build wrote them, read without a schema. */
export function servedContent(plansJson: string, indicatorsJson: string): ContentRow[] {
  const catalog = JSON.parse(plansJson) as ServedContent['catalog'];
  const indicators = JSON.parse(indicatorsJson) as ServedContent['indicators'];
  return contentRows({ catalog, indicators });
}

const lines = (rows: readonly object[]) => rows.map((row) => `  ${canonicalJson(row)}`).join(',\n');

/** One row per line: a reviewer reads a new version's diff figure by figure, field by field. */
export function versionText(version: DatasetVersion): string {
  const content = version.content ? `,\n "content": [\n${lines(version.content)}\n]` : '';
  return (
    `{"format": ${JSON.stringify(version.format)}, "hash": ${JSON.stringify(version.hash)}, ` +
    `"archivedAt": ${JSON.stringify(version.archivedAt)},\n "figures": [\n${lines(version.figures)}\n]` +
    `${content}}\n`
  );
}

/** Every archived version, checked against its schema; a bad file throws naming it. */
export function readArchive(dir = ARCHIVE_DIR): DatasetVersion[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const parsed = datasetVersionSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: not an archived dataset version`);
      if (`${parsed.data.hash}.json` !== name)
        throw new Error(`${file}: holds version ${parsed.data.hash}, not the one its name says`);
      return parsed.data;
    });
}

/** What /api/datasets/ serves: index.json and one file per version. */
export function archiveApiFiles(dir = ARCHIVE_DIR): Map<string, string> {
  const versions = readArchive(dir);
  const index: DatasetIndex = {
    format: DATASET_ARCHIVE_FORMAT,
    versions: versions.map(({ hash, archivedAt }) => ({ hash, archivedAt })),
  };
  const files = new Map([['datasets/index.json', JSON.stringify(index)]]);
  for (const version of versions)
    files.set(`datasets/${version.hash}.json`, JSON.stringify(version));
  return files;
}

export const sameRows = (a: readonly object[], b: readonly object[]) =>
  a.length === b.length && a.every((row, i) => canonicalJson(row) === canonicalJson(b[i]));

const archivedVersion = (hash: string, dir: string) =>
  readArchive(dir).find((version) => version.hash === hash);

/**
 * Null when the current dataset is archived with the same figures and every shown field;
 * otherwise what is wrong.
 */
export function archiveProblem(dataset: Dataset, dir = ARCHIVE_DIR): string | null {
  const { hash, figures, content } = servedVersion(dataset);
  const file = path.join(dir, `${hash}.json`);
  if (!existsSync(file))
    return `the current dataset (${hash.slice(0, 12)}…) is not in ${dir}/: run \`npm run data:archive\` and commit ${file}`;
  const archived = archivedVersion(hash, dir);
  if (!archived || !sameRows(archived.figures, figures))
    return `${file} does not hold the current dataset's figures: it was edited; restore it from git`;
  if (!archived.content)
    return `${file} holds the current dataset's figures only, so snapshots of it are checked for values only: run \`npm run data:archive\` to add its content, and commit it`;
  if (!sameRows(archived.content, content))
    return `${file} does not hold the current dataset's content (names, quotes, sources…): it was edited; restore it from git`;
  return null;
}

/**
 * Adds the current dataset to the archive (once), or its content to a figures-only file of the
 * same version; returns the file and whether it was written.
 */
export function archiveDataset(
  dataset: Dataset,
  dir = ARCHIVE_DIR,
  today = new Date().toISOString().slice(0, 10),
): { file: string; added: boolean } {
  const { hash, figures, content } = servedVersion(dataset);
  const file = path.join(dir, `${hash}.json`);
  const archived = existsSync(file) ? archivedVersion(hash, dir) : undefined;
  if (archived && (archived.content || !sameRows(archived.figures, figures)))
    return { file, added: false };
  mkdirSync(dir, { recursive: true });
  const archivedAt = archived?.archivedAt ?? today;
  writeFileSync(
    file,
    versionText({ format: DATASET_ARCHIVE_FORMAT, hash, archivedAt, figures, content }),
  );
  return { file, added: true };
}
