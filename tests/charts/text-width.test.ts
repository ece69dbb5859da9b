// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText } from '../../src/components/charts/text-width';

describe(estimateTextWidth, () => {
  it('counts a Chinese character as a full em and a Latin one as about half', () => {
    expect(estimateTextWidth('职工之家', 12)).toBe(48);
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(22);
  });
});

describe(fitText, () => {
  it('keeps a name that fits whole', () => {
    expect(fitText('Worker innovation studios', 400, 12)).toBe('Worker innovation studios');
  });
  it('cuts a name that does not fit, ending in an ellipsis, within the width', () => {
    const cut = fitText('Share of workers covered by trade-union organisations', 150, 12);
    expect(cut).toMatch(/^Share of .*…$/);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(150);
  });
  it('cuts Chinese by characters', () => {
    expect(fitText('百人以上企业集体合同签订率', 72, 12)).toBe('百人以上企…');
  });
});
