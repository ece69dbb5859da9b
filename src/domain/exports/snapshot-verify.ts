// What a snapshot claims to be, and what checking it against the published datasets found.
// The file's own SHA-256 is only a checksum (anyone can recompute it after an edit); the real
// check is figure by figure and field by field against the archived dataset version it names.
import type { Snapshot } from './snapshot';
import { compareContent, contentRows, type FieldDifference } from './published-content';
import {
  compareFigures,
  figureRows,
  type DatasetIndex,
  type DatasetVersion,
  type FigureDifference,
} from './snapshot-figures';

/** What the file says it is, read so that no single edited flag can make demo data look real. */
export type SnapshotClaim = {
  /** Simulated by the file's flag, its sources (kind "simulated") or its dataset name. */
  simulated: boolean;
  /** The flag says real data, but the figures cite simulated sources: the flag was edited. */
  flagContradicted: boolean;
  /** A draft (unpublished) dataset. */
  draft: boolean;
  datasetHash: string;
};

export function snapshotClaim(snapshot: Snapshot): SnapshotClaim {
  const { catalog } = snapshot.data;
  const hash = catalog.datasetHash;
  const simulatedSources = catalog.sources.some((source) => source.kind === 'simulated');
  const simulatedName = hash.startsWith('demo-');
  return {
    simulated: snapshot.simulated || simulatedSources || simulatedName,
    flagContradicted: !snapshot.simulated && (simulatedSources || simulatedName),
    draft: hash.startsWith('draft-'),
    datasetHash: hash,
  };
}

export type SnapshotVerification =
  | { state: 'simulated'; flagContradicted: boolean }
  | { state: 'draft' }
  | { state: 'unknown_dataset'; hash: string }
  | ({ state: 'consistent' } & Checked)
  /** The figures match, but the version has no archived content: nothing else was checked. */
  | ({ state: 'values_only'; unchecked: readonly UncheckedField[] } & Checked)
  | ({
      state: 'differs';
      differences: FigureDifference[];
      fieldDifferences: FieldDifference[];
      /** False when the version has no archived content: only values were compared. */
      fieldsChecked: boolean;
    } & Checked);

type Checked = {
  hash: string;
  archivedAt: string;
  /** Figures compared. */
  checked: number;
  /** Other fields compared (0 when the version holds figures only). */
  fields: number;
};

/** What a values-only check leaves unchecked, named on the page. */
export const UNCHECKED_WITHOUT_CONTENT = [
  'names',
  'units',
  'measures',
  'notes',
  'quotes',
  'sources',
  'plans',
] as const;
export type UncheckedField = (typeof UNCHECKED_WITHOUT_CONTENT)[number];

/** Verdicts that need no network: simulated or draft data is never checked. */
export function verdictWithoutArchive(claim: SnapshotClaim): SnapshotVerification | null {
  if (claim.simulated) return { state: 'simulated', flagContradicted: claim.flagContradicted };
  if (claim.draft) return { state: 'draft' };
  return null;
}

/** True when the archive's index lists the dataset version the snapshot names. */
export const isPublished = (index: DatasetIndex, hash: string): boolean =>
  index.versions.some((version) => version.hash === hash);

/**
 * Every figure and every other field the snapshot holds against the published version it names;
 * a version archived with figures only can vouch for values only, and says so.
 */
export function verifyAgainst(snapshot: Snapshot, version: DatasetVersion): SnapshotVerification {
  const rows = figureRows(snapshot.data);
  const differences = compareFigures(rows, version.figures);
  const mine = version.content ? contentRows(snapshot.data) : [];
  const fieldDifferences = version.content ? compareContent(mine, version.content) : [];
  const base = {
    hash: version.hash,
    archivedAt: version.archivedAt,
    checked: rows.length,
    fields: mine.length,
  };
  if (differences.length > 0 || fieldDifferences.length > 0)
    return {
      state: 'differs',
      ...base,
      differences,
      fieldDifferences,
      fieldsChecked: version.content !== undefined,
    };
  return version.content
    ? { state: 'consistent', ...base }
    : { state: 'values_only', ...base, unchecked: UNCHECKED_WITHOUT_CONTENT };
}
