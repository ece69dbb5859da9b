// Checks an opened snapshot against the archive of published datasets (/api/datasets/…), with
// the app's own (live) query client: simulated and draft data are never checked, an unknown
// version is said to be unknown, and a network failure says the check cannot be made now.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Snapshot } from '../../domain/exports/snapshot';
import { datasetIndexSchema, datasetVersionSchema } from '../../domain/exports/snapshot-figures';
import {
  isPublished,
  snapshotClaim,
  verdictWithoutArchive,
  verifyAgainst,
  type SnapshotVerification,
} from '../../domain/exports/snapshot-verify';
import { ApiError, fetchValidated } from '../../lib/api';

const HASH = /^[0-9a-f]{64}$/;

export const datasetArchiveQueries = {
  all: () => ['dataset-archive'] as const,
  index: () =>
    queryOptions({
      queryKey: [...datasetArchiveQueries.all(), 'index'] as const,
      queryFn: ({ signal }) => fetchValidated('datasets/index.json', datasetIndexSchema, signal),
    }),
  version: (hash: string) =>
    queryOptions({
      queryKey: [...datasetArchiveQueries.all(), 'version', hash] as const,
      queryFn: ({ signal }) =>
        fetchValidated(`datasets/${hash}.json`, datasetVersionSchema, signal),
    }),
};

export type VerificationState =
  SnapshotVerification | { state: 'checking' } | { state: 'offline' } | { state: 'unavailable' };

// Fail at once rather than wait for the network ("paused"): the page says it cannot check now.
const NOW = { networkMode: 'always', retry: false, staleTime: Infinity } as const;

const failedState = (error: unknown): VerificationState =>
  error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout')
    ? { state: 'offline' }
    : { state: 'unavailable' };

export function useSnapshotVerification(snapshot: Snapshot): {
  verification: VerificationState;
  retry: () => void;
} {
  const claim = snapshotClaim(snapshot);
  const early = verdictWithoutArchive(claim);
  const index = useQuery({ ...datasetArchiveQueries.index(), ...NOW, enabled: early === null });
  const listed =
    index.data !== undefined &&
    HASH.test(claim.datasetHash) &&
    isPublished(index.data, claim.datasetHash);
  const version = useQuery({
    ...datasetArchiveQueries.version(claim.datasetHash),
    ...NOW,
    enabled: listed,
  });
  const retry = () => {
    if (index.error) void index.refetch();
    if (version.error) void version.refetch();
  };
  const failed = index.error ?? version.error;
  // Back online: check again without being asked.
  useEffect(() => {
    if (!failed) return;
    const again = () => {
      if (index.error) void index.refetch();
      if (version.error) void version.refetch();
    };
    globalThis.addEventListener('online', again);
    return () => globalThis.removeEventListener('online', again);
  }, [failed, index, version]);
  // Comparing every figure is the costly part: once per snapshot and archived version.
  const checked = useMemo(
    () =>
      version.data && version.data.hash === claim.datasetHash
        ? verifyAgainst(snapshot, version.data)
        : null,
    [snapshot, version.data, claim.datasetHash],
  );
  let verification: VerificationState;
  if (early) verification = early;
  else if (failed) verification = failedState(failed);
  else if (!index.data) verification = { state: 'checking' };
  else if (!listed) verification = { state: 'unknown_dataset', hash: claim.datasetHash };
  else if (!version.data) verification = { state: 'checking' };
  else verification = checked ?? { state: 'unavailable' };
  return { verification, retry };
}
