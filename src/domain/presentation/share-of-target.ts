// How much of a year's target its actual reached, as the big screen labels a year's bar.
import type { Comparator } from '../dataset/vocabulary.ts';

/**
 * actual ÷ target for a target to reach (≥): 822 of ≥ 800 is 1.0275 (103%). Null for a ceiling
 * (≤ 5%: 4.1% is not "82% of" a limit to stay under), without an actual, or a target of 0.
 */
export function shareOfTarget(
  actual: number | null | undefined,
  target: { value: number; comparator: Comparator } | null | undefined,
): number | null {
  if (actual === null || actual === undefined || !target) return null;
  if (target.comparator !== 'gte' || target.value <= 0) return null;
  return actual / target.value;
}
