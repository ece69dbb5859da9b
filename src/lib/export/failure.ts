// Why an export did not finish, in words a person can act on. Offline, a lazily loaded
// exporter fails with "Failed to fetch dynamically imported module"; nobody should read that.
import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';

/** What browsers say when a module (an exporter's chunk) or a fetch could not be loaded. */
const LOAD_FAILED =
  /dynamically imported module|importing a module script failed|error loading dynamically|failed to fetch|networkerror|load failed|unable to preload/i;

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** The sentence the export status shows for a failed export. */
export function exportFailureText(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  if (offline() && (error instanceof ApiError || LOAD_FAILED.test(message)))
    return t('export.offline');
  if (error instanceof ApiError)
    return t('export.failed', { reason: t(`state.error.${error.kind}`) });
  if (LOAD_FAILED.test(message)) return t('export.chunkFailed');
  return t('export.failed', { reason: message });
}
