import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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

/**
 * Where keyboard focus goes when the last page is shown and the button disappears (focus would
 * otherwise fall to <body>): the first focusable thing in the first new item, else the item.
 */
export function focusFirstNewItem(list: Element | null, firstNew: number) {
  const item = list?.children[firstNew];
  if (!(item instanceof HTMLElement)) return;
  const control = item.querySelector<HTMLElement>('a[href], button, input, select, textarea');
  if (control) return control.focus();
  item.tabIndex = -1;
  item.focus();
}

/** The "show N more" line; it must come right after the list it extends. */
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
  const ref = useRef<HTMLParagraphElement>(null);
  if (shown >= total) return null;
  const showMore = () => {
    // While more remain the button stays, and so does focus.
    if (shown + step < total) return onMore();
    const list = ref.current?.previousElementSibling ?? null;
    flushSync(onMore);
    focusFirstNewItem(list, shown);
  };
  return (
    <p className="show-more" ref={ref}>
      <span>{t('longList.remaining', { shown, total })}</span>{' '}
      <button type="button" onClick={showMore}>
        {t('longList.showMore', { count: Math.min(step, total - shown) })}
      </button>
    </p>
  );
}
