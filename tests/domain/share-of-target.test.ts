// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shareOfTarget } from '../../src/domain/presentation/share-of-target';
import { formatPercent } from '../../src/domain/presentation/format';

describe(shareOfTarget, () => {
  it('divides the actual by a target to reach', () => {
    // Hand-made: 822 against ≥ 800 → 102.75%, printed 103%.
    expect(shareOfTarget(822, { value: 800, comparator: 'gte' })).toBeCloseTo(1.0275, 10);
    expect(formatPercent(shareOfTarget(822, { value: 800, comparator: 'gte' }), 'zh')).toBe('103%');
    // 183 of ≥ 300 → 61%.
    expect(formatPercent(shareOfTarget(183, { value: 300, comparator: 'gte' }), 'en')).toBe('61%');
  });

  it('gives nothing for a ceiling, a missing actual or target, or a target of zero', () => {
    expect(shareOfTarget(4.1, { value: 5, comparator: 'lte' })).toBeNull();
    expect(shareOfTarget(null, { value: 800, comparator: 'gte' })).toBeNull();
    expect(shareOfTarget(822, null)).toBeNull();
    expect(shareOfTarget(3, { value: 0, comparator: 'gte' })).toBeNull();
  });
});
