import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/ui/data-table';
import {
  formatDate,
  formatPercent,
  formatTarget,
  formatValue,
} from '../../domain/presentation/format';
import { useLanguage } from '../../lib/i18n/use-language';
import type { ComparedSeries } from './compare-lines';

/** The compared series year by year: target, actual, its date, and where it stands on the chart. */
export function SeriesCompareTable({ series }: { series: ComparedSeries[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = series.flatMap(({ line, row, points }) =>
    points.map((point) => ({
      ...point,
      name: line.name,
      series: row.series,
      key: `${line.id}-${point.year}`,
    })),
  );
  return (
    <DataTable
      wide
      caption={t('compare.seriesTableCaption')}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: t('compare.seriesColumn'), cell: (row) => row.name },
        { header: t('series.year'), cell: (row) => String(row.year) },
        {
          header: t('series.target'),
          cell: (row) =>
            formatTarget(
              row.target.value,
              row.target.comparator,
              row.series.unit,
              lang,
              row.series.measure,
            ),
          numeric: true,
        },
        {
          header: t('series.actual'),
          cell: (row) => formatValue(row.actual.value, row.series.unit, lang, row.series.measure),
          numeric: true,
        },
        { header: t('detail.date'), cell: (row) => formatDate(row.actual.date, lang) },
        {
          header: t('compare.seriesPct'),
          cell: (row) => formatPercent(row.pct / 100, lang),
          numeric: true,
        },
      ]}
    />
  );
}
