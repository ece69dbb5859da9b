import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate, formatTarget } from '../../../domain/presentation/format.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useHref } from '../../../lib/use-view-state.ts';

/**
 * One line of the list. Memoised: a plan can list thousands, and a filter change that keeps an
 * indicator keeps its row object and link, so that line need not render again.
 */
const UnreportedItem = memo(function UnreportedItem({
  row: { indicator },
  href,
}: {
  row: EvaluatedIndicator;
  href: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <li>
      <Link href={href}>{indicator.name[lang]}</Link>
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
  );
});

/** Indicators with a target but no report yet: name, target and deadline on one line each. */
export function UnreportedList({ rows }: { rows: EvaluatedIndicator[] }) {
  const { t } = useTranslation();
  const href = useHref();
  return (
    <div className="unreported">
      <h3 className="unreported__heading">
        {t('unreported.heading')} <small>{t('unreported.hint')}</small>
      </h3>
      <ul className="unreported__list">
        {rows.map((row) => (
          <UnreportedItem
            key={row.indicator.id}
            row={row}
            href={href(`/indicator/${row.indicator.id}`)}
          />
        ))}
      </ul>
    </div>
  );
}
