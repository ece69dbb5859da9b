// A snapshot shown with the app's own pages: a frozen QueryClient answers every query from the
// file and a router kept in /snapshot's URL (see snapshot-location.ts) starts at the page and
// view state it was taken on. Above it, what the file claims to be and what checking it against
// the published data found.
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Router, useRouter } from 'wouter';
import { formatExportTime } from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import type { Snapshot } from '../../domain/exports/snapshot';
import { snapshotClaim } from '../../domain/exports/snapshot-verify';
import { SIMULATED_STAMP } from '../../lib/export/stamp';
import { StampOverrideProvider } from '../../lib/export/stamp-context';
import { FrozenViewProvider } from '../../lib/frozen-view';
import { useLanguage } from '../../lib/i18n/use-language';
import { DEFAULT_VIEW, serializeViewState } from '../../lib/view-state';
import { createFrozenQueryClient } from './frozen-query-client';
import { snapshotLocation } from './snapshot-location';
import { useSnapshotVerification } from './use-verification';
import { VerificationPanel } from './verification-panel';

export type RenderSnapshotView = (today: string) => ReactNode;

export function SnapshotView({
  snapshot,
  fileName,
  render,
  onClose,
}: {
  snapshot: Snapshot;
  fileName: string;
  render: RenderSnapshotView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useMemo(() => createFrozenQueryClient(snapshot), [snapshot]);
  const outer = useRouter();
  const location = useMemo(() => {
    const search = serializeViewState({ ...DEFAULT_VIEW, ...snapshot.view, asOf: snapshot.asOf });
    return snapshotLocation(outer, `${snapshot.path}${search}`);
  }, [outer, snapshot]);
  // Simulated whatever the flag says when its sources or dataset say so.
  const claim = useMemo(() => snapshotClaim(snapshot), [snapshot]);
  const { verification, retry } = useSnapshotVerification(snapshot);
  const created = formatExportTime(new Date(snapshot.createdAt));
  const stamp = useMemo(
    () => ({ simulated: claim.simulated, note: t('snapshot.stampNote', { time: created }) }),
    [claim.simulated, created, t],
  );
  const claims = claim.simulated
    ? t('snapshot.claim.simulated')
    : claim.draft
      ? t('snapshot.claim.draft')
      : t('snapshot.claim.published', { hash: claim.datasetHash.slice(0, 12) });
  return (
    <section className="snapshot-view" aria-labelledby="snapshot-banner-title">
      <div className="snapshot-banner">
        <p id="snapshot-banner-title" className="snapshot-banner__title">
          {t('snapshot.banner', { date: formatDate(snapshot.asOf, lang) })}
        </p>
        <p className="snapshot-banner__meta">
          {t('snapshot.bannerMeta', { time: created, file: fileName })}
          {claim.simulated && (
            <strong className="snapshot-banner__simulated"> {SIMULATED_STAMP}</strong>
          )}
        </p>
        <p className="snapshot-banner__claim">{claims}</p>
        <button type="button" onClick={onClose}>
          {t('snapshot.close')}
        </button>
      </div>
      <VerificationPanel snapshot={snapshot} verification={verification} onRetry={retry} />
      <QueryClientProvider client={client}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          <FrozenViewProvider value={snapshot.asOf}>
            <StampOverrideProvider value={stamp}>{render(snapshot.asOf)}</StampOverrideProvider>
          </FrozenViewProvider>
        </Router>
      </QueryClientProvider>
    </section>
  );
}
