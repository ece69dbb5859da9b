import { memo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ShowMore, usePaged } from '../../../components/ui/show-more.tsx';
import { STATUS_STYLE } from '../../../components/ui/palette.ts';
import { verdictText } from '../../../components/ui/verdict-text.ts';
import { formatDate, formatTarget } from '../../../domain/presentation/format.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import type { Language } from '../../../lib/i18n/index.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useHref } from '../../../lib/use-view-state.ts';

/**
 * One line of the list. Memoised: a plan can list thousands, and a filter change that keeps an
 * indicator keeps its row object and link, so that line need not render again. Its words come
 * from the list (`t`, `lang`): a translation hook in each of thousands of lines costs a wrapper
 * object per line every time lines appear.
 */
const UnreportedItem = memo(function UnreportedItem({
  row: { indicator, evaluation },
  href,
  t,
  lang,
}: {
  row: EvaluatedIndicator;
  href: string;
  t: TFunction;
  lang: Language;
}) {
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
      {evaluation.status === 'due_no_result' && (
        <span
          className="unreported__verdict"
          data-status={evaluation.status}
          style={{ color: STATUS_STYLE[evaluation.status].color }}
        >
          {verdictText(evaluation.verdicts[0], t, lang)}
        </span>
      )}
    </li>
  );
});

/**
 * Lines shown at first, and per "show more": a screenful. A plan of thousands of indicators can
 * have thousands without a report, and every filter change would lay all of them out again.
 */
export const UNREPORTED_PER_PAGE = 50;

/** Indicators with a target but no report yet: name, target and deadline on one line each. */
export function UnreportedList({ rows }: { rows: EvaluatedIndicator[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const lines = usePaged(rows, UNREPORTED_PER_PAGE);
  return (
    <div className="unreported">
      <h3 className="unreported__heading">
        {t('unreported.heading')} <small>{t('unreported.hint')}</small>
      </h3>
      <ul className="unreported__list">
        {lines.shown.map((row) => (
          <UnreportedItem
            key={row.indicator.id}
            row={row}
            href={href(`/indicator/${row.indicator.id}`)}
            t={t}
            lang={lang}
          />
        ))}
      </ul>
      <ShowMore
        shown={lines.shown.length}
        total={rows.length}
        step={UNREPORTED_PER_PAGE}
        onMore={lines.more}
      />
    </div>
  );
}
