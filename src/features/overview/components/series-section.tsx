import { useTranslation } from 'react-i18next';
import type { Source } from '../../../domain/dataset/schema.ts';
import type { EvaluatedSeries } from '../../../domain/evaluation/series-view.ts';
import { useHref } from '../../../lib/use-view-state.ts';
import { SeriesCard } from './series-card.tsx';

/** Targets set anew every year: a card per series, those with results first. */
export function SeriesSection({
  rows,
  sources,
}: {
  rows: EvaluatedSeries[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation();
  const href = useHref();
  const ordered = [...rows].sort(
    (a, b) =>
      Number(b.evaluation.latestResult !== null) - Number(a.evaluation.latestResult !== null) ||
      (b.evaluation.latestResult?.year ?? 0) - (a.evaluation.latestResult?.year ?? 0),
  );
  return (
    <section className="plan-section series-section" aria-labelledby="series-heading">
      <h2 id="series-heading">{t('series.heading')}</h2>
      <p className="plan-section__meta">
        {t('series.hint')} · {t('series.seriesCount', { count: rows.length })}
      </p>
      <div className="card-grid">
        {ordered.map((row) => (
          <SeriesCard
            key={row.series.id}
            row={row}
            href={href(`/series/${row.series.id}`)}
            sources={sources}
          />
        ))}
      </div>
    </section>
  );
}
