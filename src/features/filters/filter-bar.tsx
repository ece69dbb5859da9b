import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain/dataset/schema';
import { CATEGORIES } from '../../domain/dataset/vocabulary';
import { STATUS_ORDER } from '../../domain/evaluation/status';
import { useLanguage } from '../../lib/i18n/use-language';
import { useViewState } from '../../lib/use-view-state';
import { AsOfInput } from './as-of-input';
import { SearchInput } from './search-input';

/** Plan, category, status, search and as-of date — all kept in the URL. */
export function FilterBar({
  plans,
  today,
  shown,
  total,
}: {
  plans: Plan[];
  today: string;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [view, setView] = useViewState();
  const id = useId();
  const activePlan = plans.some((plan) => plan.id === view.plan) ? view.plan : null;
  const hasFilters =
    activePlan !== null || view.category !== null || view.status !== null || view.q !== '';
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="filter-bar__field">
        <label htmlFor={`${id}-plan`}>{t('filters.plan')}</label>
        <select
          id={`${id}-plan`}
          value={activePlan ?? ''}
          onChange={(e) => setView({ plan: e.target.value || null })}
        >
          <option value="">{t('filters.all')}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.title[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-category`}>{t('filters.category')}</label>
        <select
          id={`${id}-category`}
          value={view.category ?? ''}
          onChange={(e) =>
            setView({ category: CATEGORIES.find((c) => c === e.target.value) ?? null })
          }
        >
          <option value="">{t('filters.all')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select
          id={`${id}-status`}
          value={view.status ?? ''}
          onChange={(e) =>
            setView({ status: STATUS_ORDER.find((s) => s === e.target.value) ?? null })
          }
        >
          <option value="">{t('filters.all')}</option>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <SearchInput value={view.q} onChange={(q) => setView({ q }, { replace: true })} />
      <AsOfInput value={view.asOf} today={today} onChange={(asOf) => setView({ asOf })} />
      <p className="filter-bar__count" aria-live="polite">
        {t('filters.shown', { shown, total })}
        {hasFilters && (
          <button
            type="button"
            className="link-button"
            onClick={() => setView({ plan: null, category: null, status: null, q: '' })}
          >
            {t('filters.clear')}
          </button>
        )}
      </p>
    </form>
  );
}
