import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

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
