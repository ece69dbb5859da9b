import { useTranslation } from 'react-i18next';
import { formatDate, formatTarget, formatValue } from '../../domain/presentation/format';
import type { SeriesYearDiff, SeriesYearFigures } from '../../domain/exports/series-year-diff';
import { useLanguage } from '../../lib/i18n/use-language';

/** One row per series year whose target, actual or stated verdict changed, arrived or left. */
export function SeriesDiffTable({
  entries,
  caption,
}: {
  entries: SeriesYearDiff[];
  caption: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = entries.filter((e) => e.kind !== 'unchanged');
  if (shown.length === 0) return null;
  // "—": the year is not on that side at all; 暂无数据: the year is, this figure of it is not.
  const side =
    (print: (y: SeriesYearFigures, e: SeriesYearDiff) => string | null, none: string) =>
    (e: SeriesYearDiff, y: SeriesYearFigures | null) => (y === null ? '—' : (print(y, e) ?? none));
  const noValue = t('snapshot.diff.noValue');
  const target = side(
    (y, e) =>
      y.target ? formatTarget(y.target.value, y.target.comparator, e.unit, lang, e.measure) : null,
    noValue,
  );
  // The date is printed only when it is what moved.
  const actual = side(
    (y, e) =>
      y.actual
        ? formatValue(y.actual.value, e.unit, lang, e.measure) +
          (e.before?.actual && e.after?.actual && e.before.actual.date !== e.after.actual.date
            ? ` (${formatDate(y.actual.date, lang)})`
            : '')
        : null,
    noValue,
  );
  // Most years have numbers, not words: no stated verdict is the rule, not missing data.
  const verdict = side(
    (y) => (y.verdict ? t(y.verdict.met ? 'snapshot.verify.met' : 'snapshot.verify.missed') : null),
    '—',
  );
  const pair = (e: SeriesYearDiff, cell: typeof target, changed: boolean) => (
    <td className={changed ? 'diff-changed' : undefined}>
      {cell(e, e.before)} → {cell(e, e.after)}
    </td>
  );
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshot.diff.seriesYear')}</th>
            <th scope="col">{t('snapshot.diff.change')}</th>
            <th scope="col">{t('snapshot.diff.target')}</th>
            <th scope="col">{t('snapshot.diff.actual')}</th>
            <th scope="col">{t('snapshot.diff.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.key}>
              <th scope="row">
                {e.name[lang]} · {t('snapshot.verify.year', { year: e.year })}
              </th>
              <td>{t(`snapshot.diff.kind.${e.kind}`)}</td>
              {pair(e, target, e.targetChanged)}
              {pair(e, actual, e.actualChanged)}
              {pair(e, verdict, e.verdictChanged)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
