import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../domain/dataset/vocabulary.ts';
import { useFrozenView } from '../../lib/frozen-view.ts';

/** The date the whole dashboard is computed as of; empty means today. */
export function AsOfInput({
  value,
  today,
  onChange,
}: {
  value: string | null;
  today: string;
  onChange: (asOf: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Inside a snapshot "today" is the snapshot's date: no later date, and the way back says so.
  const frozen = useFrozenView() !== null;
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{t('filters.asOf')}</label>
      <span className="filter-bar__as-of">
        <input
          id={id}
          type="date"
          value={value ?? today}
          min="2000-01-01"
          max={frozen ? today : '2100-12-31'}
          onChange={(e) => {
            const next = e.target.value;
            if (next === '' || next === today) onChange(null);
            else if (isCalendarDate(next)) onChange(next);
          }}
        />
        {value !== null && (
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {frozen ? t('filters.snapshotDate') : t('filters.today')}
          </button>
        )}
      </span>
    </div>
  );
}
