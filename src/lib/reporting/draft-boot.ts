// Start-up's one question to IndexedDB: is a draft kept? Only then does the draft code load.
import type { QueryClient } from '@tanstack/react-query';
import { get } from 'idb-keyval';

export async function restoreKeptDraft(queryClient: QueryClient, today: string): Promise<void> {
  const kept = await get('plan-tracker-draft').catch(() => undefined);
  if (kept === undefined) return;
  await (await import('./draft')).restoreDraft(queryClient, today);
}
