// A snapshot shown with the app's own pages: a frozen QueryClient answers every query from the
// file and a router kept in /snapshot's URL (see snapshot-location.ts) starts at the page and
// view state it was taken on.
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Router, useRouter } from 'wouter';
import { formatExportTime } from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import type { Snapshot } from '../../domain/exports/snapshot';
import { SIMULATED_STAMP } from '../../lib/export/stamp';
import { StampOverrideProvider } from '../../lib/export/stamp-context';
import { useLanguage } from '../../lib/i18n/use-language';
import { DEFAULT_VIEW, serializeViewState } from '../../lib/view-state';
import { createFrozenQueryClient } from './frozen-query-client';
import { snapshotLocation } from './snapshot-location';

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
  const created = formatExportTime(new Date(snapshot.createdAt));
  const stamp = useMemo(
    () => ({ simulated: snapshot.simulated, note: t('snapshot.stampNote', { time: created }) }),
    [snapshot.simulated, created, t],
  );
  return (
    <section className="snapshot-view" aria-labelledby="snapshot-banner-title">
      <div className="snapshot-banner">
        <p id="snapshot-banner-title" className="snapshot-banner__title">
          {t('snapshot.banner', { date: formatDate(snapshot.asOf, lang) })}
        </p>
        <p className="snapshot-banner__meta">
          {t('snapshot.bannerMeta', { time: created, file: fileName })}
          {snapshot.simulated && (
            <strong className="snapshot-banner__simulated"> {SIMULATED_STAMP}</strong>
          )}
        </p>
        <button type="button" onClick={onClose}>
          {t('snapshot.close')}
        </button>
      </div>
      <QueryClientProvider client={client}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          <StampOverrideProvider value={stamp}>{render(snapshot.asOf)}</StampOverrideProvider>
        </Router>
      </QueryClientProvider>
    </section>
  );
}
