// The update files made on this device (data:import's input), remembered so staff can see what
// they submitted before: the file's name, when it was made, how many rows, against which data.

export interface UpdateFileRecord {
  fileName: string;
  /** ISO timestamp of when the file was made. */
  madeAt: string;
  rows: number;
  datasetHash: string;
}

/** How many records are kept; older ones drop off. */
export const MAX_UPDATE_FILES = 50;

/** The update file's name for the day it is made. */
export const updateFileName = (madeAt: string): string =>
  `plan-tracker-data-update-${madeAt.slice(0, 10)}.csv`;

const isRecord = (x: unknown): x is UpdateFileRecord => {
  const r = x as Partial<UpdateFileRecord> | null;
  return (
    typeof r?.fileName === 'string' &&
    typeof r.madeAt === 'string' &&
    !Number.isNaN(Date.parse(r.madeAt)) &&
    typeof r.rows === 'number' &&
    typeof r.datasetHash === 'string'
  );
};

/** What storage held, kept only where it is a well-formed record, newest first. */
export function readUpdateFiles(stored: unknown): UpdateFileRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(isRecord).sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** The list with one more file, newest first, at most MAX_UPDATE_FILES long. */
export function withUpdateFile(
  list: readonly UpdateFileRecord[],
  record: UpdateFileRecord,
): UpdateFileRecord[] {
  return [record, ...list].slice(0, MAX_UPDATE_FILES);
}
