// The update files made on this device, kept in IndexedDB (idb-keyval) beside the draft.
import { queryOptions } from '@tanstack/react-query';
import { get, set } from 'idb-keyval';
import {
  readUpdateFiles,
  withUpdateFile,
  type UpdateFileRecord,
} from '../../domain/reporting/update-files';

export const UPDATE_FILES_KEY = 'plan-tracker-update-files';

export const updateFileQueries = {
  list: () =>
    queryOptions({
      queryKey: ['update-files'] as const,
      queryFn: async () => readUpdateFiles(await get(UPDATE_FILES_KEY)),
    }),
};

/** Adds a file to the list; a storage failure (private mode) only loses the record. */
export async function recordUpdateFile(record: UpdateFileRecord): Promise<void> {
  try {
    await set(
      UPDATE_FILES_KEY,
      withUpdateFile(readUpdateFiles(await get(UPDATE_FILES_KEY)), record),
    );
  } catch {
    // The file itself was downloaded; only this device's list misses it.
  }
}
