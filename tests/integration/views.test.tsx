import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiHandlers, type ApiData } from '../../mocks/api-handlers';
import { createTestServer } from '../../mocks/node';
import { renderApp } from '../utils/render-app';
import { withObservations } from '../utils/test-data';
import { overviewCardCount } from '../utils/overview-cards';

// Studios (target 8000 by 2025-12-31, no baseline): 4200 on 2023-06-30 is 52.5% of target
// against 49.9% expected then (910 of 1825 days) → on track; 8240 on 2025-06-30 → achieved.
// Union coverage (90% target): 40% on 2024-12-31 is 44% of target against 80% expected
// (1461 of 1825 days) → ratio 0.56 → off track.
const data: ApiData = withObservations({
  'worker-innovation-studios': [
    ['2023-06-30', 4200],
    ['2025-06-30', 8240],
  ],
  'union-coverage-rate': [['2024-12-31', 40]],
  'jingkai-union-chair-reception-days-2024': [['2024-06-30', 4]],
});
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const studiosBadge = async () => {
  const card = await screen.findByRole('article', { name: /职工创新工作室/ });
  return card.querySelector('.verdict-badge')!;
};

describe('overview filters and as-of date', () => {
  it('recomputes a status when the as-of date changes', async () => {
    const { location } = renderApp('/?asOf=2024-01-01');
    expect(await studiosBadge()).toHaveTextContent('进展正常');
    // jsdom cannot type into a date input, so set its value as the browser would.
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2022-01-01' } });
    // No report by then: no card, one line in the plan's list of indicators without reports.
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /职工创新工作室/ })).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole('link', { name: '职工创新工作室数量' }).closest('.unreported'),
    ).not.toBeNull();
    // 8240 on 2025-06-30 is at the target, but the target is still running: on track.
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2025-07-01' } });
    await waitFor(async () =>
      expect(await studiosBadge()).toHaveTextContent('2025年底 · 进行中 · ▲ 进展正常'),
    );
    // Its result was due on 2026-03-31 and no report dated on or after the deadline came.
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2026-06-01' } });
    await waitFor(async () =>
      expect(await studiosBadge()).toHaveTextContent('2025年底 · ? 到期未见结果'),
    );
    expect(location.history?.at(-1)).toContain('asOf=2026-06-01');
  });

  it('filters to off-track indicators only', async () => {
    renderApp('/?asOf=2025-01-15');
    await screen.findAllByRole('article');
    await userEvent.selectOptions(screen.getByLabelText('状态'), '进度滞后');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveAccessibleName(/工会组织职工覆盖率/);
  });

  it('searches English names too', async () => {
    renderApp('/');
    await screen.findAllByRole('article');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索' }), 'innovation studios');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article')).toHaveAccessibleName(/职工创新工作室/);
  });

  it('ignores malformed parameters and shows the default view', async () => {
    renderApp('/?asOf=2025-02-30&status=bogus&category=%E0%A4%A&plan=../../etc');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(overviewCardCount(data, '2026-11-24'));
  });

  it('says "no report since the deadline" beside a due target whose report predates it', async () => {
    // Jingkai reception days: ≥10 in 2024, one report of 6 on 2024-09-30, seen in April 2025,
    // after the result was due (2025-03-31).
    server.use(
      ...apiHandlers(() =>
        withObservations({ 'jingkai-union-chair-reception-days-2024': [['2024-09-30', 6]] }),
      ),
    );
    renderApp('/?asOf=2025-04-15');
    const card = await screen.findByRole('article', { name: /工会主席接待日/ });
    expect(within(card).getByText(/2024年底 · .*到期未见结果/)).toBeInTheDocument();
    expect(within(card).getByText('期限后尚无报告')).toBeInTheDocument();
  });

  it('lists which indicators have reported progress, per plan', async () => {
    renderApp('/');
    const coverage = await screen.findByRole('region', { name: '进展报告覆盖情况' });
    const row = within(coverage).getByRole('row', { name: /十四五/ });
    expect(row).toHaveTextContent('2 / 6');
  });
});

describe('indicator detail page', () => {
  it('shows figures, the history chart, the data table and every quote', async () => {
    renderApp('/indicator/worker-innovation-studios?asOf=2024-01-01');
    expect(
      await screen.findByRole('heading', { level: 1, name: '职工创新工作室数量' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2025年底 · 进行中 · .*进展正常/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '已报告的进展数据' });
    expect(within(table).getAllByRole('row')).toHaveLength(2); // header + the one report as of 2024
    expect(screen.getByRole('figure', { name: '历史数据、目标与预测' })).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: '来源与原文' });
    expect(within(sources).getByText(/8000/, { selector: 'blockquote' })).toBeInTheDocument();
  });

  it("gives a rate's gaps and paces in percentage points", async () => {
    // Union coverage: 40% reported, 90% targeted → 50 points to go.
    renderApp('/indicator/union-coverage-rate?asOf=2025-01-01');
    const gap = await screen.findByText('距目标还差');
    expect(gap.nextElementSibling).toHaveTextContent('50个百分点');
    expect(screen.getByText('达标所需速度').nextElementSibling).toHaveTextContent(/个百分点/);
  });

  it('says how far one report can be trusted', async () => {
    // Coverage has no baseline: one report gives no trend.
    renderApp('/indicator/union-coverage-rate?asOf=2025-01-01');
    expect(await screen.findByRole('note')).toHaveTextContent('无法推算趋势');
  });

  it('projects one report of a cumulative task from its zero start, and says so', async () => {
    // Reception days count from 0 on 2024-01-01, so 4 by 2024-06-30 is already a pace.
    renderApp('/indicator/jingkai-union-chair-reception-days-2024?asOf=2024-07-01');
    expect(await screen.findByRole('note')).toHaveTextContent('趋势按基期值到这一点推算');
    expect(screen.getByText('按当前速度，期末预计').nextElementSibling).not.toHaveTextContent('—');
  });

  it('is honest when nothing has been reported', async () => {
    renderApp('/indicator/worker-homes');
    expect(await screen.findByRole('note')).toHaveTextContent('尚无公开的进展数据');
    // Its result was due on 2026-03-31: due, no result published — never "missed".
    expect(screen.getByText(/2025年底 · .*到期未见结果/)).toBeInTheDocument();
  });

  it('says so when the indicator does not exist', async () => {
    renderApp('/indicator/no-such-indicator');
    expect(await screen.findByRole('heading', { name: '未找到该指标' })).toBeInTheDocument();
  });
});

describe('compare page', () => {
  it('draws the chosen indicators as % of target with a table alternative', async () => {
    renderApp('/compare?ids=worker-innovation-studios,union-coverage-rate&asOf=2025-07-01');
    const table = await screen.findByRole('table', { name: '各指标完成进度' });
    // 4200 / 8000 = 53%, 8240 / 8000 = 103%, 40 / 90 = 44%.
    expect(within(table).getByText('53%')).toBeInTheDocument();
    expect(within(table).getByText('103%')).toBeInTheDocument();
    expect(within(table).getByText('44%')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '职工创新工作室数量' })).toBeChecked();
  });

  it('adds an indicator when its box is ticked', async () => {
    const { location } = renderApp('/compare');
    await userEvent.click(await screen.findByRole('checkbox', { name: '职工创新工作室数量' }));
    expect(location.history?.at(-1)).toContain('ids=worker-innovation-studios');
    expect(await screen.findByRole('table', { name: '各指标完成进度' })).toBeInTheDocument();
  });
});

describe('methodology and language', () => {
  it('explains the thresholds with their values', async () => {
    renderApp('/methodology');
    expect(await screen.findByRole('heading', { level: 1, name: '方法说明' })).toBeInTheDocument();
    expect(screen.getByText(/不低于按期应达进度的 90%/)).toBeInTheDocument();
    expect(screen.getByText(/70% 至 90%/)).toBeInTheDocument();
  });

  it('switches to English, keeps it in the URL and formats numbers for English', async () => {
    const { location } = renderApp('/');
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(location.history?.at(-1)).toContain('lang=en');
    // In place of the Chinese entry, not after it: Back leaves the page instead of half-undoing
    // the switch (the URL would lose ?lang while the remembered language stays English).
    expect(location.history).toHaveLength(1);
    const card = screen.getByRole('article', { name: /Worker innovation studios/i });
    expect(within(card).getByText(/8,000/)).toBeInTheDocument();
  });
});
