// Reads a chosen file as a snapshot: the size is checked before a byte is read, then the
// domain's checks run. Busy while reading, so the page can say so.
import { useCallback, useState } from 'react';
import {
  checkSnapshotSize,
  readSnapshot,
  type SnapshotReadResult,
} from '../../domain/exports/snapshot-read';

export async function readSnapshotFile(file: File): Promise<SnapshotReadResult> {
  const tooLarge = checkSnapshotSize(file.size);
  if (tooLarge) return tooLarge;
  try {
    return await readSnapshot(await file.text(), file.size);
  } catch (error) {
    return {
      ok: false,
      problem: 'not_json',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

export function useSnapshotFile(onResult: (result: SnapshotReadResult, fileName: string) => void) {
  const [busy, setBusy] = useState(false);
  const read = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setBusy(true);
      try {
        onResult(await readSnapshotFile(file), file.name);
      } finally {
        setBusy(false);
      }
    },
    [onResult],
  );
  return { busy, read };
}
