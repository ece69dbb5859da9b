// The indicator page's history chart reads out a point under the pointer, a finger or the arrow
// keys: the date and what each line shows there, in a tooltip inside the chart.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiData } from '../../mocks/api-handlers';
import { createTestServer } from '../../mocks/node';
import { renderApp } from '../utils/render-app';
import { withObservations } from '../utils/test-data';

// Studios: target 8000 by 2025-12-31, no baseline, so the expected path runs from 0 on
// 2021-01-01. As of 2024-01-01 the one report is 4200 on 2023-06-30, day 910 of 1825 (one
// report and no baseline: no projection).
const data: ApiData = withObservations({ 'worker-innovation-studios': [['2023-06-30', 4200]] });
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The plot, laid out 1000 px wide from x = 0 (jsdom lays nothing out). */
async function plot() {
  const figure = await screen.findByRole('figure', { name: '历史数据、目标与预测' });
  const region = within(figure).getByRole('group', { name: /方向键/ });
  vi.spyOn(region, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 1000, height: 200 }),
  );
  return region;
}

const rows = (tooltip: HTMLElement) =>
  within(tooltip)
    .getAllByRole('term')
    .map((term) => `${term.textContent} ${term.nextElementSibling?.textContent}`);

describe('the history chart on the indicator page', () => {
  it('shows the nearest point’s date and values where the pointer moves', async () => {
    const user = userEvent.setup();
    renderApp('/indicator/worker-innovation-studios?asOf=2024-01-01');
    const region = await plot();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    // x = 480 of 1000 is day 876: nearer the report (day 910) than the start (0) or the end.
    await user.pointer({ target: region, coords: { clientX: 480, clientY: 50 } });
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getByText('2023年6月30日')).toBeInTheDocument();
    // The expected path passes 8000 × 910 / 1825 = 3989.04 that day: a count, shown whole.
    expect(rows(tooltip)).toEqual([
      '已报告数值 4200家',
      '按期应达路径 3989家',
      '目标（期限） 8000家',
    ]);
    // Near the right edge: the deadline, where the expected path reaches the target.
    await user.pointer({ target: region, coords: { clientX: 990, clientY: 50 } });
    expect(within(screen.getByRole('tooltip')).getByText('2025年12月31日')).toBeInTheDocument();
    expect(rows(screen.getByRole('tooltip'))).toContain('按期应达路径 8000家');
    await user.pointer({ target: region, coords: { clientX: 10, clientY: 50 } });
    expect(within(screen.getByRole('tooltip')).getByText('2021年1月1日')).toBeInTheDocument();
    await user.unhover(region);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('steps between the points with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/indicator/worker-innovation-studios?asOf=2024-01-01');
    const region = await plot();
    region.focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(screen.getByRole('tooltip')).getByText('2025年12月31日')).toBeInTheDocument();
    expect(region).toHaveAccessibleDescription(/2025年12月31日/);
    await user.keyboard('{ArrowLeft}');
    expect(within(screen.getByRole('tooltip')).getByText('2023年6月30日')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(within(screen.getByRole('tooltip')).getByText('2021年1月1日')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
