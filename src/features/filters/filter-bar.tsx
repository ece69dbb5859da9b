import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain/dataset/schema.ts';
import { CATEGORIES } from '../../domain/dataset/vocabulary.ts';
import { STATUS_ORDER } from '../../domain/evaluation/status.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { useViewState } from '../../lib/use-view-state.ts';
import { AsOfInput } from './as-of-input.tsx';
import { FilterSelect } from './filter-select.tsx';
import { SearchInput } from './search-input.tsx';

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
  const titles = new Map(plans.map((plan) => [plan.id, plan.title[lang]]));
  const hasFilters =
    activePlan !== null || view.category !== null || view.status !== null || view.q !== '';
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <FilterSelect
        id={`${id}-plan`}
        label={t('filters.plan')}
        value={activePlan}
        options={plans.map((plan) => plan.id)}
        optionLabel={(planId) => titles.get(planId) ?? planId}
        onChange={(plan) => setView({ plan })}
      />
      <FilterSelect
        id={`${id}-category`}
        label={t('filters.category')}
        value={view.category}
        options={CATEGORIES}
        optionLabel={(category) => t(`category.${category}`)}
        onChange={(category) => setView({ category })}
      />
      <FilterSelect
        id={`${id}-status`}
        label={t('filters.status')}
        value={view.status}
        options={STATUS_ORDER}
        optionLabel={(status) => t(`status.${status}`)}
        onChange={(status) => setView({ status })}
      />
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
