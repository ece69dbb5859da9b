// Cross-checks for a plan's figures: the figures are context, not targets, but their numbers
// follow the same rule as every other number in data/.
import { inFuture, type DataError, type Parsed } from './data-error.ts';
import { checkCitation, type SourceDates } from './citation-checks.ts';
import type { PlansFile } from './schema.ts';

/**
 * Ids unique across indicators and figures (`homes` holds every indicator id already seen),
 * a listed source whose quote states the value, and no "actual" figure dated in the future.
 */
export function checkFigures(
  plans: Parsed<PlansFile>[],
  homes: Map<string, string>,
  sourceIds: SourceDates | null,
  today: string,
  dir: string,
): DataError[] {
  const errors: DataError[] = [];
  for (const { file, data } of plans) {
    (data.figures ?? []).forEach((figure, i) => {
      const push = (field: string, message: string, code?: string) =>
        errors.push({ file, figure: figure.id, field, message, ...(code ? { code } : {}) });
      const home = homes.get(figure.id);
      if (home) push('id', `duplicate id "${figure.id}" (also in ${home})`);
      else homes.set(figure.id, `${file} at figures[${i}]`);
      // A planned figure may be due later; only a reported one cannot be from the future.
      if (figure.kind === 'actual' && figure.date > today)
        push('date', `${inFuture(figure.date, today)}: a figure not reported yet is "planned"`);
      checkCitation(
        {
          field: '',
          value: figure.value,
          unit: figure.unit,
          measure: figure.measure,
          citation: figure.citation,
          // A planned figure is a target: its quote must set it for its own year.
          ...(figure.kind === 'planned' ? { deadlineYear: Number(figure.date.slice(0, 4)) } : {}),
        },
        sourceIds,
        dir,
        push,
      );
    });
  }
  return errors;
}
