import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';
import type { ViewState } from '../../lib/view-state';

/** Which selection the briefing covers, in words: plan, area, status and search text. */
export function ReportScope({ view, plans }: { view: ViewState; plans: Plan[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const plan = plans.find((p) => p.id === view.plan);
  const parts = [
    plan ? plan.title[lang] : t('report.scope.allPlans'),
    view.category ? t(`category.${view.category}`) : t('report.scope.allCategories'),
    view.status ? t(`status.${view.status}`) : t('report.scope.allStatuses'),
    ...(view.q ? [t('report.scope.search', { q: view.q })] : []),
  ];
  return <p className="report__scope">{t('report.scope.label', { scope: parts.join(' · ') })}</p>;
}
