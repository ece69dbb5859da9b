// Checks and writes the entries of a curation update that belong to a plan's indicators: an
// observation (by the /import path's own writeFigure), a reference figure, a new indicator.
import { indicatorCitations } from '../dataset/citation-checks.ts';
import type { Indicator, Plan } from '../dataset/schema.ts';
import type { Json } from '../reporting/apply-report.ts';
import { L } from '../reporting/report-row.ts';
import {
  existingDiffers,
  inFuture,
  INDICATOR_KEYS,
  orderKeys,
  planPath,
  quoteBacks,
  sameSource,
  samePoint,
  signOf,
  writePoint,
  type Entry,
  type Outcome,
  type WriteContext,
} from './write-context.ts';

function findIndicator(ctx: WriteContext, plan: string, id: string): (Json & Indicator) | null {
  const file = ctx.peek(planPath(ctx.dir, plan));
  if (!file) {
    ctx.report(
      'plan',
      L(`未知的规划“${plan}”`, `unknown plan "${plan}"`),
      L('改正规划编号', 'fix the plan id'),
    );
    return null;
  }
  const found = (file.indicators as (Json & Indicator)[]).find((i) => i.id === id);
  if (!found)
    ctx.report(
      'indicator',
      L(`规划“${plan}”没有指标“${id}”`, `plan "${plan}" has no indicator "${id}"`),
      L('改正指标编号，或先新建这个指标', 'fix the indicator id, or add the indicator first'),
    );
  return found ?? null;
}

export function writeObservation(ctx: WriteContext, e: Entry<'indicator-observation'>): Outcome {
  const indicator = findIndicator(ctx, e.plan, e.indicator);
  if (!indicator) return 'refused';
  const { published, period } = ctx.peek(planPath(ctx.dir, e.plan))!.plan as Plan;
  const { start } = period;
  const { unit, measure } = indicator;
  const quoted = quoteBacks(ctx, { value: e.value, unit, measure, citation: e.citation });
  if (inFuture(ctx, e.date) || !quoted) return 'refused';
  // A figure from before the plan existed is where it started, not progress the plan made.
  if (e.date < published) {
    ctx.report(
      'date',
      L(
        `${e.date} 早于规划“${e.plan}”发布（${published}）：规划发布前的数字不能算作它的进展`,
        `${e.date} is before plan "${e.plan}" was published (${published}): a figure from before the plan cannot be its progress`,
      ),
      L(
        '改作参考数字录入（indicator-reference，附标签），或核对日期',
        'record it as a reference figure instead (an indicator-reference with a label), or check the date',
      ),
    );
    return 'refused';
  }
  if (e.date < start || e.date > indicator.target.deadline) {
    ctx.report(
      'date',
      L(
        `${e.date} 不在本指标的期内（${start} 至 ${indicator.target.deadline}）`,
        `${e.date} is outside the indicator's period (${start} to ${indicator.target.deadline})`,
      ),
      L('核对日期，或选择对应的指标', 'check the date or pick the matching indicator'),
    );
    return 'refused';
  }
  const same = indicator.observations.find((o) => o.date === e.date);
  if (same) return samePoint(ctx, `${e.indicator} ${e.date}`, same, e);
  writePoint(ctx, { kind: 'indicator', id: e.indicator, plan: e.plan }, e);
  return 'written';
}

export function writeReference(ctx: WriteContext, e: Entry<'indicator-reference'>): Outcome {
  const indicator = findIndicator(ctx, e.plan, e.indicator);
  if (!indicator) return 'refused';
  const quoted = quoteBacks(ctx, {
    value: e.value,
    unit: e.unit,
    measure: indicator.measure,
    citation: e.citation,
  });
  if (inFuture(ctx, e.date) || !quoted) return 'refused';
  const references = (indicator.references ?? []).filter(
    (r) => r.label.zh === e.label.zh && r.date === e.date,
  );
  if (references.some((r) => r.value === e.value && sameSource(r.citation, e.citation)))
    return 'already';
  if (references[0])
    return existingDiffers(
      ctx,
      'date',
      `“${e.label.zh}” ${e.date}`,
      references[0].value,
      references[0].citation.source,
    );
  const path = planPath(ctx.dir, e.plan);
  ctx.json(path); // the file is written back
  const { label, date, value, unit, citation } = e;
  (indicator.references ??= []).push({ label, date, value, unit, citation });
  indicator.references.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  orderKeys(indicator, INDICATOR_KEYS);
  ctx.change(path, `+ ${e.indicator} reference “${e.label.zh}” ${e.date}: ${e.value}`);
  return 'written';
}

/** A new indicator; `takenIds` holds every indicator, figure and series id data/ has so far. */
export function writeNewIndicator(
  ctx: WriteContext,
  e: Entry<'new-indicator'>,
  takenIds: Set<string>,
): Outcome {
  const { indicator } = e;
  const path = planPath(ctx.dir, indicator.plan);
  if (!ctx.peek(path)) {
    ctx.report(
      'indicator.plan',
      L(`未知的规划“${indicator.plan}”`, `unknown plan "${indicator.plan}"`),
      L('改正规划编号', 'fix the plan id'),
    );
    return 'refused';
  }
  const existing = (ctx.peek(path)!.indicators as Indicator[]).find((i) => i.id === indicator.id);
  if (existing && JSON.stringify(existing) === JSON.stringify(indicator)) return 'already';
  if (takenIds.has(indicator.id)) {
    ctx.report(
      'indicator.id',
      L(`编号“${indicator.id}”已被使用`, `the id "${indicator.id}" is already taken`),
      L('另取一个编号', 'choose another id'),
    );
    return 'refused';
  }
  let quoted = true;
  for (const numbered of indicatorCitations(indicator))
    quoted = quoteBacks(ctx, numbered, 'indicator.') && quoted;
  if (!quoted) return 'refused';
  takenIds.add(indicator.id);
  (ctx.json(path).indicators as Indicator[]).push(indicator);
  const { target } = indicator;
  ctx.change(
    path,
    `+ indicator ${indicator.id} (${indicator.plan}) ${signOf(target.comparator)}${target.value} by ${target.deadline}`,
  );
  return 'written';
}
