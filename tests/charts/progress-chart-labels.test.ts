import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/components/charts/text-width';
import { percentTicks, rowName } from '../../src/components/charts/progress-chart-labels';
import { LABEL_FONT_SIZE } from '../../src/components/charts/progress-chart-layout';

describe(percentTicks, () => {
  it('marks every quarter where there is room', () => {
    expect(percentTicks(1100)).toEqual([0, 25, 50, 75, 100]);
    expect(percentTicks(350)).toEqual([0, 25, 50, 75, 100]);
  });
  it('marks halves on a narrow plot, so "0%25%50%" never runs together', () => {
    expect(percentTicks(200)).toEqual([0, 50, 100]);
  });
});

describe(rowName, () => {
  it('keeps a long English name whole on a desktop-wide line', () => {
    const name = 'Share of workers covered by trade-union organisations';
    expect(rowName(name, '81%', 1100)).toBe(name);
  });
  it('cuts it on a phone so it stops short of the value at the end of the line', () => {
    const name = 'Share of workers covered by trade-union organisations';
    const shown = rowName(name, '81%', 320);
    expect(shown).toMatch(/…$/);
    expect(
      estimateTextWidth(shown, LABEL_FONT_SIZE) + estimateTextWidth('81%', LABEL_FONT_SIZE),
    ).toBeLessThan(320);
  });
});
