import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SeriesResultLine } from '../../../components/ui/series-result.tsx';
import type { Source } from '../../../domain/dataset/schema.ts';
import { latestResults, type EvaluatedSeries } from '../../../domain/evaluation/series-view.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useHref } from '../../../lib/use-view-state.ts';

/** How many results the overview leads with. */
export const LATEST_RESULTS_SHOWN = 6;

/** The overview's lead: the newest judged results, each with its series' name and a link. */
export function LatestResults({
  rows,
  sources,
}: {
  rows: EvaluatedSeries[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const href = useHref();
  const results = latestResults(rows, LATEST_RESULTS_SHOWN);
  if (results.length === 0) return null;
  return (
    <section className="latest-results" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('latest.heading')}</h2>
      <ul>
        {results.map(({ row, year }) => (
          <li key={row.series.id}>
            <Link href={href(`/series/${row.series.id}`)}>{row.series.name[lang]}</Link>
            <SeriesResultLine series={row.series} year={year} sources={sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
