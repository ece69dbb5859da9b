import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { useFrozenView } from '../../lib/frozen-view.ts';

/** Says in words why the data failed, offers a retry, and notes when older data stays shown. */
export function ErrorAlert({
  error,
  onRetry,
  keptData,
}: {
  error: unknown;
  onRetry: () => void;
  keptData: boolean;
}) {
  const { t } = useTranslation();
  const kind = error instanceof ApiError ? error.kind : 'unknown';
  return (
    <div role="alert" className="alert">
      <strong>{t('state.errorTitle')}</strong>
      <p>
        {t(`state.error.${kind}`)} {keptData && t('state.keptData')}
      </p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('state.loading')}
    </p>
  );
}

export function EmptyState({ message }: { message: string }) {
  return <p className="empty">{message}</p>;
}

/** Asks the server again on demand; it stays clickable so a stuck request can be restarted. */
export function RefreshButton({ onRefresh, busy }: { onRefresh: () => void; busy: boolean }) {
  const { t } = useTranslation();
  // A re-opened snapshot has nothing to fetch again: no button that pretends otherwise.
  if (useFrozenView() !== null) return null;
  return (
    <button type="button" className="refresh-button" onClick={onRefresh} aria-busy={busy}>
      {busy ? t('refresh.busy') : t('refresh.label')}
    </button>
  );
}

/** For a page whose code could not be fetched (offline, or the site was updated meanwhile). */
export function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      <strong>{t('refresh.pageFailed')}</strong>
      <p>{t('refresh.pageFailedBody')}</p>
      <button type="button" onClick={() => globalThis.location.reload()}>
        {t('refresh.reload')}
      </button>
    </div>
  );
}
