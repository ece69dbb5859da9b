// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  drawnRows,
  plotBottom,
  plotX,
  progressChartHeight,
  valueText,
} from '../../src/components/charts/progress-chart-layout';

describe(plotX, () => {
  it('places 0–120 % across the whole plot, in % of its width', () => {
    expect(plotX(0)).toBe(0);
    expect(plotX(60)).toBe(50);
    expect(plotX(120)).toBe(100);
    // 100 / 120 and 25 / 120, to a thousandth of a percent.
    expect(plotX(100)).toBe(83.333);
    expect(plotX(25)).toBe(20.833);
  });
  it('keeps a value beyond the scale at its edge', () => {
    expect(plotX(150)).toBe(100);
    expect(plotX(-10)).toBe(0);
  });
});

describe(valueText, () => {
  it('writes whole percents, and the no-data label when nothing is reported', () => {
    expect(valueText(81.4, '暂无数据')).toBe('81%');
    expect(valueText(80.5, '暂无数据')).toBe('81%');
    expect(valueText(-12.4, '暂无数据')).toBe('-12%');
    expect(valueText(null, '暂无数据')).toBe('暂无数据');
  });
});

describe(drawnRows, () => {
  const rows = [
    { id: 'a', name: '职工之家', progressPct: 60, expectedPct: 90, color: '#009e73' },
    { id: 'b', name: 'Studios', progressPct: null, expectedPct: 150, color: '#aab4c0' },
    { id: 'c', name: 'Lagging', progressPct: -5, expectedPct: 30, color: '#d55e00' },
  ];
  const [a, b, c] = drawnRows(rows, 'no data');

  it('puts each row 44 px below the last: text baseline 19 px in, bar 25 px in', () => {
    expect([a!.textY, a!.barY]).toEqual([23, 29]);
    expect([b!.textY, b!.barY]).toEqual([67, 73]);
    expect([c!.textY, c!.barY]).toEqual([111, 117]);
    // The x axis under the last row, inside the height the page reserves.
    expect(plotBottom(3)).toBe(136);
    expect(progressChartHeight(3)).toBe(172);
  });

  it('draws progress and the expected tick on the 0–120 % scale, clamped to it', () => {
    expect([a!.barWidth, a!.expectedX]).toEqual([50, 75]);
    expect([b!.barWidth, b!.expectedX]).toEqual([0, 100]);
    expect([c!.barWidth, c!.expectedX]).toEqual([0, 25]);
  });

  it('writes the value at the end of each line', () => {
    expect([a, b, c].map((row) => row!.valueText)).toEqual(['60%', 'no data', '-5%']);
    expect([a, b, c].map((row) => row!.name)).toEqual(['职工之家', 'Studios', 'Lagging']);
  });
});
