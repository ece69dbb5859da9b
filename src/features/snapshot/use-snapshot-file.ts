// Reads a chosen file as a snapshot: the size is checked before a byte is read, then the
// domain's checks run. Busy while reading, so the page can say so.
import { useCallback, useState } from 'react';
import {
  checkSnapshotSize,
  readSnapshot,
  type SnapshotReadResult,
} from '../../domain/exports/snapshot-read';

/** The result of reading a file, with its text when it was read (to keep it across reloads). */
export type SnapshotFileResult = { result: SnapshotReadResult; text: string | null };

export async function readSnapshotFile(file: File): Promise<SnapshotFileResult> {
  const tooLarge = checkSnapshotSize(file.size);
  if (tooLarge) return { result: tooLarge, text: null };
  try {
    const text = await file.text();
    return { result: await readSnapshot(text, file.size), text };
  } catch (error) {
    return {
      result: {
        ok: false,
        problem: 'not_json',
        detail: error instanceof Error ? error.message : String(error),
      },
      text: null,
    };
  }
}

export function useSnapshotFile(onResult: (read: SnapshotFileResult, fileName: string) => void) {
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
