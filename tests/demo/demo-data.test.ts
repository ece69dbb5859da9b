// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE_ID, generateDemoData } from '../../mocks/demo-data';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { extractNumbers } from '../../src/domain/dataset/quote-numbers';
import {
  catalogSchema,
  indicatorListSchema,
  type Indicator,
} from '../../src/domain/dataset/schema';
import { STATUS_ORDER } from '../../src/domain/evaluation/status';
import { DEFAULT_DEMO_PARAMS, type DemoParams } from '../../src/lib/demo-params';
import { realApiData } from '../utils/real-api';
import { evaluateAllSeries } from '../../src/domain/evaluation/evaluate-all';

const TODAY = '2026-11-24';
const real = realApiData();
const demo = (params: Partial<DemoParams> = {}, today = TODAY) =>
  generateDemoData(real, { ...DEFAULT_DEMO_PARAMS, ...params }, today);

const statusesOf = (data: ReturnType<typeof demo>, today = TODAY) => {
  const plans = new Map(data.catalog.plans.map((p) => [p.id, p]));
  return [
    ...data.indicators.map((i) => evaluate(i, plans.get(i.plan)!, today).status),
    ...evaluateAllSeries(data.catalog, today).flatMap((row) =>
      row.evaluation.verdicts.map((v) => v.status),
    ),
  ];
};

const falls = (indicator: Indicator) =>
  indicator.observations.some((o, i) => {
    const previous = indicator.observations[i - 1];
    if (!previous) return false;
    return indicator.direction === 'increase' ? o.value < previous.value : o.value > previous.value;
  });

describe(generateDemoData, () => {
  it('keeps every real series target and simulates every result, citing the demo source', () => {
    const data = demo();
    const realSeries = new Map(real.catalog.series.map((s) => [s.id, s]));
    expect(data.catalog.series.length).toBeGreaterThan(0);
    for (const series of data.catalog.series) {
      const original = realSeries.get(series.id)!;
      for (const year of series.years) {
        expect(year.target).toEqual(original.years.find((y) => y.year === year.year)?.target);
        expect(year.verdict).toBeUndefined();
        const cited = [
          ...(year.actual?.citations ?? []),
          ...(year.reports ?? []).map((r) => r.citation),
        ];
        expect(cited.every((c) => c.source === DEMO_SOURCE_ID)).toBe(true);
        if (year.year >= 2026) expect(year.actual).toBeUndefined();
      }
    }
    // Past years with a target all get a simulated actual, met or missed.
    const judged = evaluateAllSeries(data.catalog, TODAY).flatMap((r) => r.evaluation.years);
    const statuses = new Set(judged.filter((y) => y.year < 2026).map((y) => y.status));
    expect(statuses).toEqual(new Set(['met', 'missed']));
  });

  it('gives identical data for the same seed and different data for another seed', () => {
    expect(demo({ seed: 7 })).toEqual(demo({ seed: 7 }));
    const values = (seed: number) =>
      demo({ seed }).indicators.flatMap((i) => i.observations.map((o) => o.value));
    expect(values(7)).not.toEqual(values(8));
  });

  it('keeps the real plans, definitions and targets and passes the API schemas', () => {
    const data = demo();
    expect(catalogSchema.safeParse(data.catalog).success).toBe(true);
    expect(indicatorListSchema.safeParse(data.indicators).success).toBe(true);
    expect(data.catalog.plans).toEqual(real.catalog.plans);
    expect(data.indicators.map((i) => [i.id, i.name, i.unit, i.target])).toEqual(
      real.indicators.map((i) => [i.id, i.name, i.unit, i.target]),
    );
  });

  it('grades the real indicators and series across every status, as the app computes it', () => {
    expect(new Set(statusesOf(demo()))).toEqual(new Set(STATUS_ORDER));
  });

  it('keeps rates within 0–100 and never lets a count fall', () => {
    for (const seed of [1, 2, 3, 2026]) {
      const { indicators } = demo({ seed, size: 200 });
      const rates = indicators.filter((i) => i.unit === 'percent');
      const values = rates.flatMap((i) => [
        ...i.observations.map((o) => o.value),
        ...(i.baseline ? [i.baseline.value] : []),
      ]);
      expect(values.length).toBeGreaterThan(100);
      expect(values.every((v) => v >= 0 && v <= 100)).toBe(true);
      const counts = indicators.filter((i) => i.unit === 'count' || i.cumulative === true);
      expect(counts.filter(falls).map((i) => i.id)).toEqual([]);
    }
  });

  it('reports monthly, at month ends, from the period start to today or the deadline', () => {
    const data = demo();
    const plans = new Map(data.catalog.plans.map((p) => [p.id, p]));
    for (const indicator of data.indicators) {
      const dates = indicator.observations.map((o) => o.date);
      const start = indicator.baseline?.date ?? plans.get(indicator.plan)!.period.start;
      for (const date of dates) {
        expect(date > start && date <= TODAY && date <= indicator.target.deadline).toBe(true);
        const next = new Date(`${date}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.getUTCDate()).toBe(1);
      }
    }
    const studios = data.indicators.find((i) => i.id === 'worker-innovation-studios')!;
    if (studios.observations.length > 0) expect(studios.observations).toHaveLength(60);
  });

  it('cites the simulated source with a quote that states each value', () => {
    const data = demo({ size: 50 });
    expect(data.catalog.sources.map((s) => s.id)).toContain(DEMO_SOURCE_ID);
    const observations = data.indicators.flatMap((i) => i.observations);
    expect(observations.length).toBeGreaterThan(500);
    for (const o of observations) {
      expect(o.citation.source).toBe(DEMO_SOURCE_ID);
      expect(o.citation.quote).toMatch(/^模拟数据（simulated）：/);
      expect(extractNumbers(o.citation.quote)).toContain(o.value);
    }
  });
});
