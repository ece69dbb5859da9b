import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate, formatTarget } from '../../../domain/presentation/format.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useHref } from '../../../lib/use-view-state.ts';

/** Indicators with a target but no report yet: name, target and deadline on one line each. */
export function UnreportedList({ rows }: { rows: EvaluatedIndicator[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  return (
    <div className="unreported">
      <h3 className="unreported__heading">
        {t('unreported.heading')} <small>{t('unreported.hint')}</small>
      </h3>
      <ul className="unreported__list">
        {rows.map(({ indicator }) => (
          <li key={indicator.id}>
            <Link href={href(`/indicator/${indicator.id}`)}>{indicator.name[lang]}</Link>
            <span className="unreported__target">
              {t('overview.target')}{' '}
              {formatTarget(
                indicator.target.value,
                indicator.target.comparator,
                indicator.unit,
                lang,
                indicator.measure,
              )}{' '}
              · {t('overview.deadline', { date: formatDate(indicator.target.deadline, lang) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
