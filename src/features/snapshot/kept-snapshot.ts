// The snapshot open at /snapshot, kept in IndexedDB until the user closes it, so a reload (or a
// phone that drops the tab) reopens it. The file's text is kept, not the parsed object, so
// reopening runs every check again. Storage may be unavailable (private mode, tests without
// IndexedDB): then nothing is kept and nothing breaks.
import { del, get, set } from 'idb-keyval';
import { readSnapshot } from '../../domain/exports/snapshot-read';
import type { Snapshot } from '../../domain/exports/snapshot';

const KEY = 'plan-tracker:open-snapshot';

type Kept = { text: string; fileName: string };

export async function keepSnapshot(text: string, fileName: string): Promise<void> {
  try {
    await set(KEY, { text, fileName } satisfies Kept);
  } catch {
    // Not kept: the snapshot stays open until the page is reloaded, as before.
  }
}

export async function forgetSnapshot(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing was kept.
  }
}

/** The kept snapshot, checked again; a kept file that no longer passes is dropped. */
export async function loadKeptSnapshot(): Promise<{ snapshot: Snapshot; fileName: string } | null> {
  let kept: Kept | undefined;
  try {
    kept = await get<Kept>(KEY);
  } catch {
    return null;
  }
  if (!kept || typeof kept.text !== 'string' || typeof kept.fileName !== 'string') return null;
  const result = await readSnapshot(kept.text, new TextEncoder().encode(kept.text).length);
  if (result.ok) return { snapshot: result.snapshot, fileName: kept.fileName };
  await forgetSnapshot();
  return null;
}
