// Presentation mode (大屏): which screens rotate, in what order, and how long each stays. Pure, so
// the page, its tests and the bench agree on the same split.
import type { Category, Plan } from '../dataset/schema.ts';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all.ts';
import type { EvaluatedSeries } from '../evaluation/series-view.ts';

export const DEFAULT_INTERVAL_S = 15;
export const MIN_INTERVAL_S = 5;
export const MAX_INTERVAL_S = 3600;
/** Tiles on one 1920×1080 screen (3 × 2): big enough to read from five metres. */
export const TILES_PER_SCREEN = 6;

/** `?interval=20` in seconds; missing, malformed or out of range → the default (never throws). */
export function parseInterval(search: string): number {
  const raw = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(
    'interval',
  );
  if (raw === null || !/^\d{1,5}$/.test(raw)) return DEFAULT_INTERVAL_S;
  const seconds = Number(raw);
  return seconds >= MIN_INTERVAL_S && seconds <= MAX_INTERVAL_S ? seconds : DEFAULT_INTERVAL_S;
}

type Part = { part: number; parts: number };
export type PresentScreen =
  | ({ kind: 'plan'; key: string; plan: Plan; rows: EvaluatedIndicator[] } & Part)
  | ({ kind: 'series'; key: string; category: Category; rows: EvaluatedSeries[] } & Part);

/** Splits a list into the fewest screens of at most `size`, as even as possible (7 → 4 + 3). */
export function splitEvenly<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / size);
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const chunks: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const n = base + (i < extra ? 1 : 0);
    chunks.push(items.slice(at, at + n));
    at += n;
  }
  return chunks;
}

/**
 * The screens in view: the owner's plans first (one screen each), then the annual-target
 * series, one screen per category, then the other plans (in the catalog's order); a group
 * larger than one screen splits across several ("1/2").
 */
export function presentScreens(
  plans: readonly Plan[],
  rows: readonly EvaluatedIndicator[],
  series: readonly EvaluatedSeries[],
  perScreen = TILES_PER_SCREEN,
): PresentScreen[] {
  const screens: PresentScreen[] = [];
  const planScreens = (plan: Plan) => {
    const chunks = splitEvenly(
      rows.filter((row) => row.plan.id === plan.id),
      perScreen,
    );
    chunks.forEach((chunk, i) =>
      screens.push({
        kind: 'plan',
        key: `plan-${plan.id}-${i}`,
        plan,
        rows: chunk,
        part: i + 1,
        parts: chunks.length,
      }),
    );
  };
  plans.filter((plan) => plan.owner === true).forEach(planScreens);
  const categories = [...new Set(series.map((row) => row.series.category))];
  for (const category of categories) {
    const chunks = splitEvenly(
      series.filter((row) => row.series.category === category),
      perScreen,
    );
    chunks.forEach((chunk, i) =>
      screens.push({
        kind: 'series',
        key: `series-${category}-${i}`,
        category,
        rows: chunk,
        part: i + 1,
        parts: chunks.length,
      }),
    );
  }
  plans.filter((plan) => plan.owner !== true).forEach(planScreens);
  return screens;
}

/** The screen `step` screens on from `index`, wrapping round both ways. */
export function stepScreen(index: number, step: number, count: number): number {
  if (count === 0) return 0;
  return (((index + step) % count) + count) % count;
}
