import { useTranslation } from 'react-i18next';
import { formatPercent, formatTarget } from '../../domain/presentation/format';
import type { Series } from '../../domain/dataset/schema';
import type { SeriesYearEvaluation } from '../../domain/evaluation/series-evaluate';
import { useLanguage } from '../../lib/i18n/use-language';

/**
 * "2026年目标 ≥ 28万人 · 进行中 · 年内暂无报告", or with an in-year report "… · 按期应达 58% ·
 * 完成进度 54%": the year in progress in one line, on the series card and the series page.
 */
export function CurrentYearTarget({
  series,
  year,
}: {
  series: Series;
  year: SeriesYearEvaluation & { target: NonNullable<SeriesYearEvaluation['target']> };
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { target, inYear, status } = year;
  const state = inYear
    ? t('series.expectedNow', {
        expected: formatPercent(inYear.expectedProgress, lang),
        progress: formatPercent(inYear.progress, lang),
      })
    : t(`series.yearStatus.${status}`) +
      (status === 'in_progress' ? ` · ${t('series.inYearNoReport')}` : '');
  return (
    <>
      <strong>
        {t('series.currentTarget', { year: year.year })}{' '}
        {formatTarget(target.value, target.comparator, series.unit, lang, series.measure)}
      </strong>{' '}
      · {state}
    </>
  );
}
