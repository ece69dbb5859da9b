import { lazy, Suspense } from 'react';
import { useDraftStore } from '../../lib/draft-store.ts';

const DraftBanner = lazy(() => import('./draft-banner.tsx'));

/** The draft banner's place: its code and words load only once a draft is shown. */
export function DraftSlot() {
  const shown = useDraftStore((s) => s.draft !== null);
  return shown ? (
    <Suspense fallback={null}>
      <DraftBanner />
    </Suspense>
  ) : null;
}
