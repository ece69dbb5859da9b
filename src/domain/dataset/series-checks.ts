// Cross-checks for the series files (data/series/<id>.json): ids unique across every plan
// file and series, each year's plan known, every number quoted, nothing reported from the future.
import { inFuture, type DataError, type Parsed } from './data-error.ts';
import { checkCitation, unknownSource, type SourceDates } from './citation-checks.ts';
import type { Citation, Series } from './schema.ts';
import type { Comparator } from './vocabulary.ts';

type Push = (field: string, message: string, code?: string) => void;

export function checkSeries(
  files: Parsed<Series>[],
  homes: Map<string, string>,
  planIds: Set<string>,
  sourceIds: SourceDates | null,
  today: string,
  dir: string,
): DataError[] {
  const errors: DataError[] = [];
  for (const { file, data: series } of files) {
    const push: Push = (field, message, code) =>
      errors.push({ file, series: series.id, field, message, ...(code ? { code } : {}) });
    const home = homes.get(series.id);
    if (home) push('id', `duplicate id "${series.id}" (also in ${home})`);
    else homes.set(series.id, file);
    if (file !== `${dir}/series/${series.id}.json`)
      push('id', `series "${series.id}" must be saved as ${dir}/series/${series.id}.json`);
    const { unit, measure } = series;
    series.years.forEach((entry, i) => {
      const at = `years[${i}]`;
      if (entry.plan !== undefined && !planIds.has(entry.plan))
        push(
          `${at}.plan`,
          `unknown plan "${entry.plan}": add ${dir}/plans/${entry.plan}.json or fix the id`,
        );
      const numbered = (
        field: string,
        value: number,
        citations: Citation[],
        comparator?: Comparator,
      ) =>
        citations.forEach((citation, j) =>
          checkCitation(
            {
              field: `${field}.citations[${j}]`,
              value,
              unit,
              measure,
              citation,
              comparator,
              deadlineYear: comparator ? entry.year : undefined,
            },
            sourceIds,
            dir,
            push,
          ),
        );
      if (entry.target)
        numbered(
          `${at}.target`,
          entry.target.value,
          entry.target.citations,
          entry.target.comparator,
        );
      if (entry.actual) {
        numbered(`${at}.actual`, entry.actual.value, entry.actual.citations);
        if (entry.actual.date > today)
          push(`${at}.actual.date`, inFuture(entry.actual.date, today));
      }
      // A verdict in words states no number; its quote only has to name a listed source.
      entry.verdict?.citations.forEach((citation, j) => {
        if (sourceIds && !sourceIds.has(citation.source))
          push(`${at}.verdict.citations[${j}].source`, unknownSource(citation.source, dir));
      });
      (entry.reports ?? []).forEach((report, j) => {
        const field = `${at}.reports[${j}]`;
        checkCitation(
          { field, value: report.value, unit, measure, citation: report.citation },
          sourceIds,
          dir,
          push,
        );
        if (report.date > today) push(`${field}.date`, inFuture(report.date, today));
      });
    });
  }
  return errors;
}
