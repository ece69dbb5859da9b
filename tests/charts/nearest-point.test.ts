// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  nearestIndex,
  pointerFraction,
  steppedIndex,
} from '../../src/components/charts/nearest-point';

describe(pointerFraction, () => {
  it('is the share of the plot left of the pointer, kept within the plot', () => {
    // A 200 px plot starting at x = 100: x = 150 is a quarter of the way.
    expect(pointerFraction(150, 100, 200)).toBe(0.25);
    expect(pointerFraction(50, 100, 200)).toBe(0);
    expect(pointerFraction(400, 100, 200)).toBe(1);
    expect(pointerFraction(150, 100, 0)).toBe(0);
  });
});

describe(nearestIndex, () => {
  const times = [0, 100, 400];
  const domain = [0, 400] as const;
  it('picks the point nearest in time to the pointer', () => {
    expect(nearestIndex(times, domain, 0.2)).toBe(1); // t = 80: 20 from 100, 80 from 0
    expect(nearestIndex(times, domain, 0.7)).toBe(2); // t = 280: 120 from 400, 180 from 100
    expect(nearestIndex(times, domain, 0)).toBe(0);
  });
  it('takes the earlier point on a tie, and stays on the plot', () => {
    expect(nearestIndex(times, domain, 0.125)).toBe(0); // t = 50: 50 from both 0 and 100
    expect(nearestIndex(times, domain, -3)).toBe(0);
    expect(nearestIndex(times, domain, 7)).toBe(2);
  });
  it('works on a domain that does not start at 0', () => {
    // 1000…2000, fraction 0.6 → t = 1600: nearer 1500 (100) than 2000 (400).
    expect(nearestIndex([1000, 1500, 2000], [1000, 2000], 0.6)).toBe(1);
  });
  it('has nothing to pick without points', () => {
    expect(nearestIndex([], domain, 0.5)).toBe(-1);
  });
});

describe(steppedIndex, () => {
  it('moves one point with the arrow keys, stopping at the ends', () => {
    expect(steppedIndex(1, 'ArrowRight', 3)).toBe(2);
    expect(steppedIndex(2, 'ArrowRight', 3)).toBe(2);
    expect(steppedIndex(1, 'ArrowLeft', 3)).toBe(0);
    expect(steppedIndex(0, 'ArrowLeft', 3)).toBe(0);
  });
  it('starts from the first point going right, from the latest going left', () => {
    expect(steppedIndex(null, 'ArrowRight', 3)).toBe(0);
    expect(steppedIndex(null, 'ArrowLeft', 3)).toBe(2);
  });
  it('jumps to the ends with Home and End, and ignores other keys', () => {
    expect(steppedIndex(1, 'Home', 3)).toBe(0);
    expect(steppedIndex(null, 'End', 3)).toBe(2);
    expect(steppedIndex(1, 'a', 3)).toBeUndefined();
    expect(steppedIndex(null, 'ArrowRight', 0)).toBeUndefined();
  });
});
