import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY_LENGTH } from '../../lib/view-state.ts';

const DEBOUNCE_MS = 200;

/** Typing stays instant; the URL (and the filtering) follows after a short pause. */
export function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="filter-bar__field filter-bar__search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
      />
    </div>
  );
}
