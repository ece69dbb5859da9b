import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesText } from '../../domain/evaluation/filter';
import { MAX_SELECTED } from '../../lib/view-state';

const MAX_LISTED = 60;

/** One thing that can be compared: its URL id, its name, and the texts a search looks in. */
export type PickerOption = { id: string; name: string; searchable: string[] };

type Group = { label: string; options: PickerOption[] };

/** Tick the indicators and series to compare; a search narrows long lists. */
export function ComparePicker({
  groups,
  selected,
  onChange,
}: {
  groups: Group[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const full = selected.length >= MAX_SELECTED;
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <fieldset className="picker">
      <legend>{t('compare.pick', { max: MAX_SELECTED })}</legend>
      <label className="picker__search">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('filters.searchPlaceholder')}
        />
      </label>
      {groups.map((group) => {
        const matches = group.options.filter(
          (option) => selected.includes(option.id) || matchesText(option.searchable, q),
        );
        if (matches.length === 0) return null;
        const listed = matches.slice(0, MAX_LISTED);
        return (
          <div key={group.label} className="picker__group">
            {groups.length > 1 && <p className="picker__group-label">{group.label}</p>}
            <ul aria-label={group.label}>
              {listed.map((option) => {
                const checked = selected.includes(option.id);
                return (
                  <li key={option.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={() => toggle(option.id)}
                      />{' '}
                      {option.name}
                    </label>
                  </li>
                );
              })}
            </ul>
            {matches.length > listed.length && (
              <p className="picker__more">
                {t('compare.more', { count: matches.length - listed.length })}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
