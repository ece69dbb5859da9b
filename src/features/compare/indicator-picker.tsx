import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '../../domain/evaluation/filter';
import type { Indicator } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';
import { MAX_SELECTED } from '../../lib/view-state';

const MAX_LISTED = 60;

/** Tick the indicators to compare; a search narrows long lists. */
export function IndicatorPicker({
  indicators,
  selected,
  onChange,
}: {
  indicators: Indicator[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [q, setQ] = useState('');
  const matches = indicators.filter(
    (indicator) => selected.includes(indicator.id) || matchesSearch(indicator, q),
  );
  const listed = matches.slice(0, MAX_LISTED);
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
      <ul>
        {listed.map((indicator) => {
          const checked = selected.includes(indicator.id);
          return (
            <li key={indicator.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => toggle(indicator.id)}
                />{' '}
                {indicator.name[lang]}
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
    </fieldset>
  );
}
