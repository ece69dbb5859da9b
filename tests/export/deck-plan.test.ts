// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/evaluation/evaluate';
import { asPercent, planChart } from '../../src/domain/exports/deck-charts';
import { clipLabel, linesOf, paginateRows, textWidth } from '../../src/domain/exports/deck-pages';
import { DECK_TABLE, tableSlides } from '../../src/domain/exports/deck-tables';
import { makeIndicator, makePlan, obs } from '../domain/fixtures';

const part = (h: string, p: number, n: number) => `${h} (${p}/${n})`;

describe(textWidth, () => {
  it('counts a Chinese character as two units', () => expect(textWidth('指标a')).toBe(5));
});

describe(paginateRows, () => {
  it('never puts more wrapped lines on a page than it holds, and keeps every row once', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`行${i}`.repeat(1 + (i % 7) * 5), 'x']);
    const pages = paginateRows(rows, [20, 10], 18, 0.6);
    expect(pages.flat()).toEqual(rows.map((_, i) => i));
    for (const page of pages) {
      const used = page.reduce((n, i) => n + linesOf(rows[i]![0]!, 20) + 0.6, 0);
      expect(page.length === 1 || used <= 18).toBe(true);
    }
  });
});

describe(tableSlides, () => {
  it('splits 1,000 rows over numbered slides within the table budget', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      cells: [`模拟指标 ${i}`, '≥ 90%', '82%', '45%', '2025年底 ✖ 未达成'],
      status: null,
    }));
    const slides = tableSlides(
      {
        heading: '表',
        header: ['a', 'b', 'c', 'd', 'e'],
        weights: [0.34, 0.17, 0.19, 0.1, 0.2],
        rows,
      },
      { part },
    );
    expect(slides.length).toBeGreaterThan(40);
    expect(slides[0]!.kind === 'table' && slides[0]!.heading).toBe(`表 (1/${slides.length})`);
    for (const s of slides) {
      if (s.kind !== 'table') throw new Error('not a table');
      const lines = s.rows.reduce((n, r) => n + r.lines + DECK_TABLE.rowPadding, 0);
      expect(lines + s.headerLines + DECK_TABLE.rowPadding).toBeLessThanOrEqual(
        DECK_TABLE.linesPerSlide,
      );
    }
    expect(slides.flatMap((s) => (s.kind === 'table' ? s.rows : [])).length).toBe(1000);
  });
});

describe(planChart, () => {
  it('draws only indicators with progress, as % to one decimal, beside the expected progress', () => {
    const plan = makePlan();
    const withData = makeIndicator({
      observations: [obs('2023-01-01', 4000), obs('2024-01-01', 5200)],
    });
    const without = makeIndicator({ id: 'bare', observations: [] });
    const rows = [withData, without].map((indicator) => ({
      indicator,
      plan,
      evaluation: evaluate(indicator, plan, '2024-06-30'),
    }));
    const chart = planChart('规划', rows, 'zh', { progress: 'p', expected: 'e' });
    expect(chart.categories).toHaveLength(1);
    expect(chart.series[0]!.values).toEqual([asPercent(rows[0]!.evaluation.progress!)]);
    expect(chart.series[1]!.values).toEqual([asPercent(rows[0]!.evaluation.expectedProgress)]);
  });
});

describe(clipLabel, () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(clipLabel('职工之家', 28)).toBe('职工之家');
    expect(textWidth(clipLabel('很长的指标名称'.repeat(5), 28))).toBeLessThanOrEqual(28);
  });
});
