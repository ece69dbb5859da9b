// What a snapshot claims to be, and what checking it against the published datasets found.
// The file's own SHA-256 is only a checksum (anyone can recompute it after an edit); the real
// check is figure by figure against the archived dataset version the snapshot names.
import type { Snapshot } from './snapshot';
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
  | { state: 'consistent'; hash: string; archivedAt: string; checked: number }
  | {
      state: 'differs';
      hash: string;
      archivedAt: string;
      checked: number;
      differences: FigureDifference[];
    };

/** Verdicts that need no network: simulated or draft data is never checked. */
export function verdictWithoutArchive(claim: SnapshotClaim): SnapshotVerification | null {
  if (claim.simulated) return { state: 'simulated', flagContradicted: claim.flagContradicted };
  if (claim.draft) return { state: 'draft' };
  return null;
}

/** True when the archive's index lists the dataset version the snapshot names. */
export const isPublished = (index: DatasetIndex, hash: string): boolean =>
  index.versions.some((version) => version.hash === hash);

/** Every figure the snapshot holds against the published version it names. */
export function verifyAgainst(snapshot: Snapshot, version: DatasetVersion): SnapshotVerification {
  const rows = figureRows(snapshot.data);
  const differences = compareFigures(rows, version.figures);
  const base = { hash: version.hash, archivedAt: version.archivedAt, checked: rows.length };
  return differences.length === 0
    ? { state: 'consistent', ...base }
    : { state: 'differs', ...base, differences };
}
