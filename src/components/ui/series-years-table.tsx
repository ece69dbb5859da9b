import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table';
import {
  formatDifference,
  formatTarget,
  formatValue,
  NO_VALUE,
} from '../../domain/presentation/format';
import type { Series, Source } from '../../domain/dataset/schema';
import type { SeriesYearEvaluation } from '../../domain/evaluation/series-evaluate';
import { useLanguage } from '../../lib/i18n/use-language';
import { citationsByTrust } from '../../domain/presentation/source-order';
import { sourceKindText } from '../../lib/source-kind-text';

/** Per year: the target, the actual, the result, how far from the target, the kinds of source. */
export function SeriesYearsTable({
  series,
  years,
  sources,
}: {
  series: Series;
  years: SeriesYearEvaluation[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { unit, measure } = series;
  const kinds = (year: SeriesYearEvaluation) => {
    const cited = [
      ...(year.target?.citations ?? []),
      ...(year.actual?.citations ?? []),
      ...(year.verdict?.citations ?? []),
    ];
    const ids = citationsByTrust(cited, sources).map((c) => c.source);
    const labels = [...new Set(ids)].map((id) => {
      const source = sources.get(id);
      if (!source) return id;
      return sourceKindText(source, t, lang);
    });
    return [...new Set(labels)].join('；');
  };
  const margin = (year: SeriesYearEvaluation) => {
    if (year.margin === null) return NO_VALUE;
    const size = formatDifference(Math.abs(year.margin), unit, lang, measure);
    return year.margin >= 0
      ? t('series.marginAhead', { value: size })
      : t('series.marginShort', { value: size });
  };
  return (
    <DataTable
      wide
      caption={t('series.tableCaption', { name: series.name[lang] })}
      rowKey={(year) => String(year.year)}
      rows={years}
      columns={[
        { header: t('series.year'), cell: (y) => String(y.year) },
        {
          header: t('series.target'),
          cell: (y) =>
            y.target
              ? formatTarget(y.target.value, y.target.comparator, unit, lang, measure)
              : t('series.noTarget'),
          numeric: true,
        },
        {
          header: t('series.actual'),
          cell: (y) =>
            y.actual
              ? formatValue(y.actual.value, unit, lang, measure)
              : y.verdict
                ? t('series.stated')
                : NO_VALUE,
          numeric: true,
        },
        { header: t('series.status'), cell: (y) => t(`series.yearStatus.${y.status}`) },
        { header: t('series.margin'), cell: margin, numeric: true },
        { header: t('series.sources'), cell: kinds },
      ]}
    />
  );
}
