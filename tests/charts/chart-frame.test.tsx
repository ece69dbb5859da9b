import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartFrame, keepLayersOutOfTabOrder } from '../../src/components/charts/chart-frame';

const SVG = `<svg><g class="recharts-zIndex-layer_-100"></g><g class="recharts-layer"></g>
  <g class="recharts-zIndex-layer_2000" tabindex="0"></g></svg>`;

describe(keepLayersOutOfTabOrder, () => {
  it("takes Recharts' portal layers out of the tab order and leaves the rest alone", () => {
    const root = document.createElement('div');
    root.innerHTML = SVG;
    keepLayersOutOfTabOrder(root);
    const [low, plain, high] = root.querySelectorAll('g');
    expect(low?.getAttribute('tabindex')).toBe('-1');
    expect(plain?.hasAttribute('tabindex')).toBe(false);
    // An explicit choice (none in this app) is not overridden.
    expect(high?.getAttribute('tabindex')).toBe('0');
  });
});

describe(ChartFrame, () => {
  it('reserves its height, and draws no wider than maxWidth', () => {
    // The test setup's ResizeObserver reports an 800 px wide box.
    const { container } = render(
      <ChartFrame height={200} maxWidth={640}>
        {(width) => <span data-width={width} />}
      </ChartFrame>,
    );
    expect(container.querySelector<HTMLElement>('.chart-frame')?.style.height).toBe('200px');
    expect(container.querySelector('[data-width]')?.getAttribute('data-width')).toBe('640');
  });
  it('draws at the full paper width while printing, even in a narrow box', async () => {
    const { container } = render(
      <ChartFrame height={200} maxWidth={1000}>
        {(width) => <span data-width={width} />}
      </ChartFrame>,
    );
    expect(container.querySelector('[data-width]')?.getAttribute('data-width')).toBe('800');
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector('[data-width]')?.getAttribute('data-width')).toBe('1000');
    window.dispatchEvent(new Event('afterprint'));
    await Promise.resolve();
  });
});
