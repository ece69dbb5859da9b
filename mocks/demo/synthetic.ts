// Made-up indicators for stress demos and benchmarks: plausible names, units and targets,
// spread over every category and the real plans. Their names say they are simulated.
import type { Indicator, Plan, Unit } from '../../src/domain/dataset/schema';
import type { Random } from './prng';
import { TEMPLATES } from './templates';
import { roundFor, simulatedCitation } from './units';

/** Targets are round numbers, as plans state them: two significant digits for counts. */
function roundTarget(unit: Unit, value: number): number {
  if (unit !== 'count') return Math.round(value);
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / scale) * scale;
}

export const syntheticId = (index: number) => `demo-sim-${String(index).padStart(5, '0')}`;

/** Synthetic indicator number `index` (1-based): categories in turn, a seeded plan and target. */
export function syntheticIndicator(
  index: number,
  plans: readonly Plan[],
  random: Random,
): Indicator {
  const template = TEMPLATES[(index - 1) % TEMPLATES.length]!;
  const plan = random.pick(plans);
  const number = String(index).padStart(5, '0');
  const value = roundTarget(template.unit, random.between(...template.range));
  const direction = template.direction ?? 'increase';
  return {
    id: syntheticId(index),
    plan: plan.id,
    name: {
      zh: `模拟指标 ${number}：${template.name.zh}`,
      en: `Simulated indicator ${number}: ${template.name.en}`,
    },
    category: template.category,
    unit: template.unit,
    ...(template.measure ? { measure: template.measure } : {}),
    direction,
    attribute: 'expected',
    ...(template.cumulative ? { cumulative: true } : {}),
    target: {
      value: roundFor(template.unit, value, value),
      comparator: direction === 'increase' ? 'gte' : 'lte',
      deadline: plan.period.end,
      citation: simulatedCitation(template.unit, value, '目标 '),
    },
    observations: [],
    note: { zh: '演示模式生成的模拟指标。', en: 'A synthetic indicator made up by demo mode.' },
  };
}
