// Which point a pointer or a key press picks on a chart drawn to a stretched viewBox: pure, so the
// tooltip needs no layout beyond the plot's bounding box at the moment of the event.

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Where the pointer is across the plot, 0 at its left edge and 1 at its right. */
export function pointerFraction(clientX: number, left: number, width: number): number {
  return width > 0 ? clamp((clientX - left) / width, 0, 1) : 0;
}

/**
 * The index of the time nearest to `fraction` of the way across `domain` (the earlier one on a
 * tie), or -1 when there are none.
 */
export function nearestIndex(
  times: readonly number[],
  domain: readonly [number, number],
  fraction: number,
): number {
  const t = domain[0] + clamp(fraction, 0, 1) * (domain[1] - domain[0]);
  let best = -1;
  times.forEach((time, i) => {
    if (best === -1 || Math.abs(time - t) < Math.abs(times[best]! - t)) best = i;
  });
  return best;
}

/** The point a key moves to from `index` (null: none shown yet), or undefined for other keys. */
export function steppedIndex(index: number | null, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return index === null ? last : Math.max(0, index - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return index === null ? 0 : Math.min(last, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
