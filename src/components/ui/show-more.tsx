import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The first `step` items, and a button for `step` more: a list of thousands stays quick to
 * render and to filter, since only what is shown costs anything.
 */
export function usePaged<T>(items: readonly T[], step: number) {
  const [limit, setLimit] = useState(step);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(0, items.length - limit),
    more: () => setLimit((n) => n + step),
  };
}

export function ShowMore({
  shown,
  total,
  step,
  onMore,
}: {
  shown: number;
  total: number;
  step: number;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return (
    <p className="show-more">
      <span>{t('longList.remaining', { shown, total })}</span>{' '}
      <button type="button" onClick={onMore}>
        {t('longList.showMore', { count: Math.min(step, total - shown) })}
      </button>
    </p>
  );
}
