// Checks that only show across fields or files, once every file has passed the schema:
// unique ids, plans in the right files, dates in order and not in the future, and the quotes.
import { inFuture, type DataError, type Parsed } from './data-error.ts';
import {
  checkCitation,
  indicatorCitations,
  unknownSource,
  type SourceDates,
} from './citation-checks.ts';
import { checkFigures } from './figure-checks.ts';
import type { Indicator, PlansFile, Source } from './schema.ts';

type Push = (field: string, message: string, code?: string) => void;

export function checkSources({ file, data }: Parsed<Source[]>, today: string): DataError[] {
  const errors: DataError[] = [];
  const first = new Map<string, number>();
  data.forEach((source, i) => {
    const earlier = first.get(source.id);
    if (earlier !== undefined)
      errors.push({
        file,
        field: `sources[${i}].id`,
        message: `duplicate source id "${source.id}" (first at sources[${earlier}])`,
      });
    else first.set(source.id, i);
    if (source.date > today)
      errors.push({ file, field: `sources[${i}].date`, message: inFuture(source.date, today) });
    if (source.kind === 'simulated')
      errors.push({
        file,
        field: `sources[${i}].kind`,
        message:
          'only demo mode generates simulated figures: a curated source is seed, official, media, repost or internal',
      });
  });
  return errors;
}

/** Plans, then their indicators, then their figures; ids are unique across all plan files. */
export function checkPlans(
  plans: Parsed<PlansFile>[],
  sourceIds: SourceDates | null,
  today: string,
  dir: string,
  /** id → where it was first seen; filled here so the series checks see every id. */
  homes = new Map<string, string>(),
): DataError[] {
  const errors: DataError[] = [];
  const planFiles = new Map<string, string>();
  for (const { file, data } of plans) {
    const { plan } = data;
    const push: Push = (field, message, code) =>
      errors.push({ file, field, message, ...(code ? { code } : {}) });
    const other = planFiles.get(plan.id);
    if (other) push('plan.id', `duplicate plan id "${plan.id}" (also in ${other})`);
    else planFiles.set(plan.id, file);
    if (file !== `${dir}/plans/${plan.id}.json`)
      push('plan.id', `plan "${plan.id}" must be saved as ${dir}/plans/${plan.id}.json`);
    if (plan.period.end < plan.period.start)
      push(
        'plan.period.end',
        `period ends (${plan.period.end}) before it starts (${plan.period.start})`,
      );
    if (sourceIds && !sourceIds.has(plan.citation.source))
      push('plan.citation.source', unknownSource(plan.citation.source, dir));
  }
  for (const { file, data } of plans) {
    data.indicators.forEach((indicator, i) => {
      const push: Push = (field, message, code) =>
        errors.push({ file, indicator: indicator.id, field, message, ...(code ? { code } : {}) });
      const home = homes.get(indicator.id);
      if (home) push('id', `duplicate indicator id "${indicator.id}" (also in ${home})`);
      else homes.set(indicator.id, `${file} at indicators[${i}]`);
      if (indicator.plan !== data.plan.id) {
        const known = planFiles.get(indicator.plan);
        push(
          'plan',
          known
            ? `belongs to plan "${indicator.plan}" but sits in the file of plan "${data.plan.id}": move it to ${known}`
            : `unknown plan "${indicator.plan}" (this file holds plan "${data.plan.id}")`,
        );
      }
      checkIndicator(indicator, data.plan.period.start, today, push);
      for (const numbered of indicatorCitations(indicator))
        checkCitation(numbered, sourceIds, dir, push);
    });
  }
  // After every indicator, so a figure that reuses an indicator's id is the one reported.
  errors.push(...checkFigures(plans, homes, sourceIds, today, dir));
  return errors;
}

function checkIndicator(indicator: Indicator, periodStart: string, today: string, push: Push) {
  const { target, baseline, observations, references = [] } = indicator;
  if (target.deadline < periodStart)
    push(
      'target.deadline',
      `deadline ${target.deadline} is before the plan period starts (${periodStart})`,
    );
  const firstObservation = observations[0];
  if (baseline && firstObservation && baseline.date > firstObservation.date)
    push(
      'baseline.date',
      `baseline date ${baseline.date} is after the first observation (${firstObservation.date})`,
    );
  observations.forEach((o, i) => {
    if (o.date > today) push(`observations[${i}].date`, inFuture(o.date, today));
  });
  references.forEach((r, i) => {
    if (r.date > today) push(`references[${i}].date`, inFuture(r.date, today));
    if (r.unit === 'percent' && (r.value < 0 || r.value > 100))
      push(`references[${i}].value`, `a percent must be within 0–100, got ${r.value}`);
  });
}
