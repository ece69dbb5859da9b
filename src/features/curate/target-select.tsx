// Where a candidate belongs: an existing indicator, a series year (those the series has, and the
// candidate's own year when the series lacks it: the update adds it), or a new indicator of a plan.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import type { Published } from './curate-actions';

export function TargetSelect({
  value,
  year,
  published,
  onChange,
  label,
}: {
  value: string;
  /** The candidate's year, offered for every series. */
  year: number | null;
  published: Published;
  onChange: (choice: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { catalog, indicators } = published;
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('curate.noTarget')}</option>
      {catalog.plans.map((plan) => {
        const ofPlan = indicators.filter((i) => i.plan === plan.id);
        return ofPlan.length === 0 ? null : (
          <optgroup key={plan.id} label={`${t('curate.indicators')} · ${plan.title[lang]}`}>
            {ofPlan.map((i) => (
              <option key={i.id} value={`indicator:${i.id}`}>
                {i.name[lang]}
              </option>
            ))}
          </optgroup>
        );
      })}
      {catalog.series.map((s) => {
        const years = new Set(s.years.map((y) => y.year));
        if (year !== null) years.add(year);
        return (
          <optgroup key={s.id} label={t('curate.seriesGroup', { name: s.name[lang] })}>
            {[...years]
              .sort((a, b) => a - b)
              .map((y) => (
                <option key={y} value={`series:${s.id}:${y}`}>
                  {s.name[lang]} · {y}
                </option>
              ))}
          </optgroup>
        );
      })}
      <optgroup label={t('curate.newIndicatorGroup')}>
        {catalog.plans.map((plan) => (
          <option key={plan.id} value={`new:${plan.id}`}>
            {t('curate.newIndicatorOf', { plan: plan.title[lang] })}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
