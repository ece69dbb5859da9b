// `data:check --public`: a public deployment holds only public sources. Every internal report
// (内部报送) in sources.json is an error, and so is every number that cites one, so the
// maintainer sees what would have been published.
import type { DataError } from './data-error.ts';
import type { Dataset } from './validate-dataset.ts';

export function publicOnlyErrors(dataset: Dataset, dir = 'data'): DataError[] {
  const errors: DataError[] = [];
  const internal = new Set<string>();
  dataset.sources.forEach((source, i) => {
    if (source.kind !== 'internal') return;
    internal.add(source.id);
    errors.push({
      file: `${dir}/sources.json`,
      field: `sources[${i}].kind`,
      message: `"${source.id}" is an internal report (内部报送) by ${source.publisher.en}: a public deployment holds only public sources`,
    });
  });
  if (internal.size === 0) return errors;
  const cites = (source: string, push: () => void) => internal.has(source) && push();
  for (const { plan, indicators } of dataset.plans) {
    const file = `${dir}/plans/${plan.id}.json`;
    for (const indicator of indicators)
      indicator.observations.forEach((o, i) =>
        cites(o.citation.source, () =>
          errors.push({
            file,
            indicator: indicator.id,
            field: `observations[${i}].citation.source`,
            message: `${o.value} (${o.date}) rests on the internal report "${o.citation.source}"`,
          }),
        ),
      );
  }
  for (const series of dataset.series) {
    const file = `${dir}/series/${series.id}.json`;
    series.years.forEach((entry, i) => {
      const flag = (field: string, value: number, source: string) =>
        cites(source, () =>
          errors.push({
            file,
            series: series.id,
            field,
            message: `${value} (${entry.year}) rests on the internal report "${source}"`,
          }),
        );
      entry.actual?.citations.forEach((c, j) =>
        flag(`years[${i}].actual.citations[${j}].source`, entry.actual!.value, c.source),
      );
      entry.reports?.forEach((r, j) =>
        flag(`years[${i}].reports[${j}].citation.source`, r.value, r.citation.source),
      );
    });
  }
  return errors;
}
