import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { apiHandlers } from '../../mocks/api-handlers';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';
import { makeSnapshot, SNAPSHOT_OBSERVATIONS, snapshotText } from './snapshot-fixture';
import { overviewCardCount } from '../utils/overview-cards';
import { withObservations } from '../utils/test-data';
import { archiveHandlers } from '../utils/dataset-archive';

// The snapshot's own cards as of its date (2025-01-15): its series and reported indicators.
const SNAPSHOT_CARDS = overviewCardCount(withObservations(SNAPSHOT_OBSERVATIONS), '2025-01-15');

// The live API serves the curated data, which has no observations: anything the snapshot view
// shows that only the snapshot file holds (4200 studios) proves the view reads the file.
const server = setupServer(...apiHandlers(() => realApiData()), ...archiveHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const file = (text: string, name = 'snapshot.json') =>
  new File([text], name, { type: 'application/json' });

async function openSnapshot(text: string, name?: string) {
  const user = userEvent.setup();
  await user.upload(await screen.findByLabelText('选择快照文件（.json）'), file(text, name));
  return user;
}

describe('opening a snapshot', () => {
  it('shows the dashboard read-only as exported, with a banner naming its date', async () => {
    renderApp('/snapshot');
    const user = await openSnapshot(await snapshotText(), 'good.json');
    const view = await screen.findByRole('region', { name: /快照：截至 2025年1月15日 的看板/ });
    const cards = await within(view).findAllByRole('article');
    expect(cards).toHaveLength(SNAPSHOT_CARDS);
    const studios = within(view).getByRole('article', { name: /职工创新工作室/ });
    expect(within(studios).getByText('4200家')).toBeInTheDocument();
    // Read-only: nothing to refresh, and the as-of date goes back to the snapshot's, not today.
    expect(within(view).queryByRole('button', { name: '刷新数据' })).toBeNull();
    const asOf = within(view).getByLabelText('截至日期');
    expect(asOf).toHaveValue('2025-01-15');
    expect(asOf).toHaveAttribute('max', '2025-01-15');
    fireEvent.change(asOf, { target: { value: '2024-01-01' } });
    expect(within(view).queryByRole('button', { name: '回到今天' })).toBeNull();
    await user.click(within(view).getByRole('button', { name: '回到快照日期' }));
    expect(within(view).getByLabelText('截至日期')).toHaveValue('2025-01-15');
    const again = within(view).getByRole('article', { name: /职工创新工作室/ });
    expect(within(again).getByText('4200家')).toBeInTheDocument();
  });

  it('keeps each page opened inside the snapshot in the history, so Back stays in it', async () => {
    const { location } = renderApp('/snapshot?lang=zh');
    const user = await openSnapshot(await snapshotText(), 'good.json');
    const view = await screen.findByRole('region', { name: /快照：截至 2025年1月15日 的看板/ });
    await user.click(await within(view).findByRole('link', { name: '职工创新工作室数量' }));
    // The detail page's code loads lazily: tests/setup.ts gives such a wait 10 s on a busy machine.
    expect(
      await within(view).findByRole('heading', { level: 1, name: '职工创新工作室数量' }),
    ).toBeVisible();
    // The snapshot's page is in /snapshot's own URL, beside the parameters it already had.
    const entry = location.history!.at(-1)!;
    expect(entry).toMatch(/^\/snapshot\?/);
    const params = new URLSearchParams(entry.split('?')[1]);
    expect(params.get('lang')).toBe('zh');
    expect(params.get('at')).toMatch(/^\/indicator\/worker-innovation-studios\?/);
    // Back: the previous URL, and the snapshot is still open on its overview.
    act(() => location.navigate(location.history!.at(-2)!));
    expect(await within(view).findAllByRole('article', {})).toHaveLength(SNAPSHOT_CARDS);
    const studios = within(view).getByRole('article', { name: /职工创新工作室/ });
    expect(within(studios).getByText('4200家')).toBeInTheDocument();
  });

  it('refuses a tampered file with a clear message and keeps the snapshot already open', async () => {
    renderApp('/snapshot');
    await openSnapshot(await snapshotText(), 'good.json');
    await screen.findByRole('region', { name: /快照：截至 2025年1月15日/ });
    const tampered = await snapshotText((json) => {
      (json.data as { indicators: { observations: { value: number }[] }[] }).indicators.find(
        (i) => i.observations.length > 0,
      )!.observations[0]!.value = 9000;
    });
    await openSnapshot(tampered, 'edited.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法打开“edited.json”');
    expect(alert).toHaveTextContent('SHA-256');
    expect(alert).toHaveTextContent('当前显示的内容保持不变');
    const view = screen.getByRole('region', { name: /快照：截至 2025年1月15日/ });
    expect(within(view).getAllByText('4200家').length).toBeGreaterThan(0);
    expect(within(view).queryByText('9000家')).toBeNull();
  });

  it.each([
    ['corrupt', '{"format": "plan-tracker-snapshot", "vers', '不是有效的 JSON'],
    ['future-version', null, '更新版本'],
    ['not-a-snapshot', '{"plans": []}', '不是规划指标看板的快照文件'],
  ])('refuses a %s file and opens nothing', async (_label, text, message) => {
    renderApp('/snapshot');
    await openSnapshot(text ?? (await snapshotText((j) => (j.version = 2))));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('region', { name: /快照：截至/ })).toBeNull();
  });
});

describe('comparing snapshots', () => {
  it('lists what changed between two snapshot files', async () => {
    renderApp('/snapshot');
    const user = userEvent.setup();
    const earlier = await makeSnapshot({ asOf: '2024-01-01' });
    await user.upload(
      await screen.findByLabelText('快照 A（较早）'),
      file(JSON.stringify(earlier)),
    );
    await user.upload(await screen.findByLabelText('快照 B（较新）'), file(await snapshotText()));
    const table = await screen.findByRole('table', { name: /变化/ });
    // By 2024-01-01 only the 2023 studios report existed; the 2024 coverage report arrived later.
    const coverage = within(table).getByRole('row', { name: /全市工会组织职工覆盖率/ });
    expect(coverage).toHaveTextContent('暂无进展数据 → 进度滞后');
    expect(coverage).toHaveTextContent('暂无数据 → 40%');
    // Series years count as items too: results published between the two dates arrive.
    expect(screen.getByText(/有变化 \d+ 项 · 新增 \d+ 项 · 移除 0 项/)).toBeInTheDocument();
    // Both are real data: no warning about simulated figures.
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('tells two snapshots apart and flags simulated figures', async () => {
    renderApp('/snapshot');
    const user = userEvent.setup();
    const real = await makeSnapshot({ asOf: '2024-01-01', createdAt: '2025-01-16T02:03:04.000Z' });
    const demo = await makeSnapshot({ createdAt: '2025-01-16T07:30:00.000Z', simulated: true });
    await user.upload(await screen.findByLabelText('快照 A（较早）'), file(JSON.stringify(real)));
    await user.upload(await screen.findByLabelText('快照 B（较新）'), file(JSON.stringify(demo)));
    // Each side names its export time (Beijing) and whether its figures were simulated.
    expect(
      await screen.findByText('已选：截至 2024年1月1日 的快照（导出于 2025-01-16 10:03 (UTC+8)）'),
    ).toBeVisible();
    expect(
      screen.getByText(
        '已选：截至 2025年1月15日 的快照（导出于 2025-01-16 15:30 (UTC+8)）（模拟数据）',
      ),
    ).toBeVisible();
    const table = await screen.findByRole('table', { name: /变化/ });
    expect(table).toHaveAccessibleName(/15:30 \(UTC\+8\)）（模拟数据）的变化$/);
    expect(screen.getByRole('note')).toHaveTextContent('以下变化不是真实进展');
  });

  it('compares a snapshot with the live data', async () => {
    renderApp('/snapshot');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('快照 A（较早）'), file(await snapshotText()));
    await user.click(screen.getByRole('checkbox', { name: '用当前数据代替快照 B' }));
    const table = await screen.findByRole('table', { name: /当前数据.*的变化$/ });
    // The live curated data has no reported observations yet.
    expect(within(table).getByRole('row', { name: /职工创新工作室/ })).toHaveTextContent(
      '4200家 → 暂无数据',
    );
  });
});
