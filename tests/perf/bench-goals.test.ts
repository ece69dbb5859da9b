// @vitest-environment node
// The bench's goals table marks the scale and export goals met or not from the measured figures.
import { describe, expect, it } from 'vitest';
import { goalsSection } from '../../scripts/bench/first-visit-report';
import type { ScaleRow } from '../../scripts/bench/scale';

const row = (size: number, chartMs: number, filterMs: number): ScaleRow => ({
  view: 'overview',
  size,
  total: size + 9,
  cardsMs: chartMs,
  chartMs,
  filterMs,
  domNodes: 2000,
});

describe('goalsSection', () => {
  it('judges the 10,000-indicator overview and the exports against their goals', () => {
    const text = goalsSection({
      scale: { rows: [row(1000, 380, 30), row(10_000, 1030, 48)], growth: [] },
      exports: [
        { kind: 'png', label: 'page PNG', ms: 1287 },
        { kind: 'xlsx', label: 'XLSX', ms: 620 },
        { kind: 'snapshot', label: 'snapshot', ms: 262 },
      ],
    });
    expect(text).toContain(
      '| first chart ≤ 1000 ms | /?demo&size=10000 | 1030 ms median | **not met** |',
    );
    expect(text).toContain(
      '| filter change ≤ 50 ms | /?demo&size=10000 | 48 ms median | **met** |',
    );
    expect(text).toContain(
      '| page PNG ≤ 1500 ms | /?demo (~1,000 indicators) | 1287 ms | **met** |',
    );
    expect(text).toContain('| XLSX ≤ 500 ms | /?demo (~1,000 indicators) | 620 ms | **not met** |');
    // The snapshot has no goal, and the 1,000-indicator row is not the goal's.
    expect(text).not.toContain('snapshot');
    expect(text).not.toContain('380 ms');
  });

  it('an export that failed is not judged', () => {
    const text = goalsSection({
      exports: [{ kind: 'png', label: 'page PNG', ms: null, note: 'failed: timeout' }],
    });
    expect(text).toContain(
      '| page PNG ≤ 1500 ms | /?demo (~1,000 indicators) | failed: timeout | n/a |',
    );
  });
});
