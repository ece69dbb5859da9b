import { useTranslation } from 'react-i18next';
import { formatTarget, formatValue } from '../../domain/presentation/format.ts';
import type { Series, Source } from '../../domain/dataset/schema.ts';
import type { SeriesYearEvaluation } from '../../domain/evaluation/series-evaluate.ts';
import { restsOnRepost, resultCitations } from '../../domain/evaluation/series-view.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { seriesYearStyle } from './palette.ts';

/** "2025年 实际4.1% · 目标≤5% · 已达成", or the stated verdict, with a repost warning. */
export function SeriesResultLine({
  series,
  year,
  sources,
}: {
  series: Series;
  year: SeriesYearEvaluation;
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const style = seriesYearStyle(year.status);
  const status = t(`series.yearStatus.${year.status}`);
  const actual = year.actual
    ? formatValue(year.actual.value, series.unit, lang, series.measure)
    : null;
  const text =
    actual !== null && year.target
      ? t('series.latestResult', {
          year: year.year,
          actual,
          target: formatTarget(
            year.target.value,
            year.target.comparator,
            series.unit,
            lang,
            series.measure,
          ),
          status,
        })
      : actual !== null && year.verdict
        ? t('series.latestStatedWithActual', { year: year.year, actual, status })
        : actual !== null
          ? t('series.latestActualOnly', { year: year.year, actual })
          : t('series.latestStated', { year: year.year, status });
  return (
    <span className="series-result">
      <span aria-hidden="true" style={{ color: style.color }}>
        {style.icon}
      </span>{' '}
      {text}
      {restsOnRepost(resultCitations(year), sources) && (
        <small className="series-result__repost"> · {t('series.restsOnRepost')}</small>
      )}
    </span>
  );
}
