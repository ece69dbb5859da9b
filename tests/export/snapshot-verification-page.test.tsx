// Issue 16 and 13: /snapshot checks an opened snapshot against the published datasets through the
// real query layer (msw/node serves /api/datasets/ from the repository's archive), and keeps it
// open across a reload (idb-keyval, here backed by a Map: jsdom has no IndexedDB).
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiHandlers, type ApiData } from '../../mocks/api-handlers';
import { generateDemoData } from '../../mocks/demo-data';
import { createSnapshot } from '../../src/domain/exports/snapshot';
import { DEFAULT_DEMO_PARAMS } from '../../src/lib/demo-params';
import { archiveHandlers } from '../utils/dataset-archive';
import { archiveApiFiles } from '../../scripts/lib/dataset-archive';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const stored = vi.hoisted(() => new Map<string, unknown>());
vi.mock('idb-keyval', () => ({
  get: (key: string) => Promise.resolve(stored.get(key)),
  set: (key: string, value: unknown) => Promise.resolve(void stored.set(key, value)),
  del: (key: string) => Promise.resolve(void stored.delete(key)),
}));

const server = setupServer(...apiHandlers(() => realApiData()), ...archiveHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  stored.clear();
});
afterAll(() => server.close());

const snapshotText = async (data: ApiData, simulated = false) =>
  JSON.stringify(
    await createSnapshot({
      createdAt: '2026-11-24T02:00:00.000Z',
      asOf: '2026-11-24',
      simulated,
      path: '/',
      view: { plan: null, category: null, status: null, q: '', ids: [] },
      catalog: data.catalog,
      indicators: data.indicators,
    }),
    null,
    1,
  );

async function open(text: string, name = 'snapshot.json') {
  renderApp('/snapshot');
  const user = userEvent.setup();
  await user.upload(
    await screen.findByLabelText('选择快照文件（.json）'),
    new File([text], name, { type: 'application/json' }),
  );
  return { user, view: await screen.findByRole('region', { name: /快照：截至 2026年11月24日/ }) };
}

const check = () => screen.getByRole('region', { name: '与发布数据核对' });

describe('verifying a snapshot against the published data', () => {
  it('says "与发布数据一致" for an unedited real-data snapshot, and what it checked', async () => {
    const { view } = await open(await snapshotText(realApiData()));
    expect(await within(check()).findByText('与发布数据一致')).toBeVisible();
    expect(check()).toHaveTextContent(
      /快照显示的全部 \d{4} 项内容——\d{3} 个数字及其 ≥\/≤ 和日期，名称、单位、计量单位、期限、说明、引文，来源的标题、发布者、类型、原始媒体、链接和日期，年度系列的年份——逐项与本站 .+ 收录的发布数据版本 [0-9a-f]{12} 相同/,
    );
    expect(check()).toHaveTextContent('没有核对：快照没有包含的指标');
    expect(check()).toHaveTextContent('SHA-256 只是校验值');
    expect(view).toHaveTextContent(
      `文件自称：发布数据（数据版本 ${realApiData().catalog.datasetHash.slice(0, 12)}）`,
    );
  });

  it('says "与发布数据不一致：3 处" and lists the three figures', async () => {
    const data = structuredClone(realApiData());
    data.indicators.find((i) => i.id === 'worker-innovation-studios')!.target.value = 9000;
    const series = data.catalog.series.find((s) => s.years.some((y) => y.actual))!;
    const year = series.years.find((y) => y.actual)!;
    year.actual!.value += 1;
    data.indicators
      .find((i) => i.id === 'union-coverage-rate')!
      .observations.push({
        date: '2024-12-31',
        value: 95,
        citation: { source: data.catalog.sources[0]!.id, quote: '95%' },
      });
    await open(await snapshotText(data));
    expect(await within(check()).findByText('与发布数据不一致：3 处')).toBeVisible();
    const table = within(check()).getByRole('table', { name: '与发布数据不同的数字' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /职工创新工作室数量/ })).toHaveTextContent(
      '目标 · 2025年12月31日≥ 9000家≥ 8000家',
    );
    expect(within(table).getByRole('row', { name: /全市工会组织职工覆盖率/ })).toHaveTextContent(
      '实际 · 2024年12月31日95%（没有）',
    );
    expect(
      within(table).getByRole('row', { name: new RegExp(`${year.year}年`) }),
    ).toHaveTextContent('实际');
  });

  it('lists a forged measure word and source link by indicator / source and field, old → new', async () => {
    const data = structuredClone(realApiData());
    const studios = data.indicators.find((i) => i.id === 'worker-innovation-studios')!;
    studios.measure = { zh: '万家', en: 'ten-thousand studios' };
    const source = data.catalog.sources.find((s) => s.url)!;
    const url = source.url!;
    source.url = 'https://beijing-gov.example/login?next=verify';
    await open(await snapshotText(data));
    expect(await within(check()).findByText('与发布数据不一致：3 处')).toBeVisible();
    expect(within(check()).queryByText('与发布数据一致')).toBeNull();
    const table = within(check()).getByRole('table', { name: /与发布数据不同的内容/ });
    expect(within(table).getByRole('row', { name: /计量单位 · 中文/ })).toHaveTextContent(
      '指标 · 职工创新工作室数量计量单位 · 中文万家家',
    );
    expect(within(table).getByRole('row', { name: /链接/ })).toHaveTextContent(
      `https://beijing-gov.example/login?next=verify${url}`,
    );
  });

  it('says "仅核对数值" and names what it did not check when the version holds figures only', async () => {
    const hash = realApiData().catalog.datasetHash;
    const version = JSON.parse(archiveApiFiles().get(`datasets/${hash}.json`)!) as object;
    server.use(
      http.get(`*/api/datasets/${hash}.json`, () =>
        HttpResponse.json({ ...version, content: undefined }),
      ),
    );
    await open(await snapshotText(realApiData()));
    expect(await within(check()).findByText(/^仅核对数值/)).toBeVisible();
    expect(within(check()).queryByText('与发布数据一致')).toBeNull();
    expect(check()).toHaveTextContent(
      '没有核对：名称、单位、计量单位、说明、引文、来源信息（标题、发布者、类型、原始媒体、链接、日期）、规划信息。',
    );
  });

  it('does not verify a snapshot whose dataset version was never published', async () => {
    const data = structuredClone(realApiData());
    data.catalog.datasetHash = 'f'.repeat(64);
    await open(await snapshotText(data));
    expect(await within(check()).findByText('未核对：数据版本不明')).toBeVisible();
    expect(check()).toHaveTextContent('快照所称的数据版本 ffffffffffff 不在本站发布过的版本中');
  });

  it('labels a demo snapshot simulated, and never verified', async () => {
    const demo = generateDemoData(realApiData(), DEFAULT_DEMO_PARAMS, '2026-11-24');
    const { view } = await open(await snapshotText(demo, true));
    expect(within(check()).getByRole('status')).toHaveTextContent('未核对：模拟数据');
    expect(view).toHaveTextContent('文件自称或实为：模拟数据（演示模式）');
    expect(within(view).getAllByText(/模拟数据/).length).toBeGreaterThan(0);
  });

  it('keeps the simulated label when the demo flag was flipped to false and the hash recomputed', async () => {
    const demo = generateDemoData(realApiData(), DEFAULT_DEMO_PARAMS, '2026-11-24');
    const { view } = await open(await snapshotText(demo, false));
    expect(within(check()).getByRole('status')).toHaveTextContent('未核对：模拟数据');
    expect(check()).toHaveTextContent('文件把自己标为真实数据，但其中的数字引用模拟来源');
    expect(view).toHaveTextContent('文件自称或实为：模拟数据');
  });

  it('says it cannot verify now when offline, and checks once asked again', async () => {
    server.use(http.get('*/api/datasets/:file', () => HttpResponse.error()));
    const { user } = await open(await snapshotText(realApiData()));
    expect(await within(check()).findByText('现在无法核对')).toBeVisible();
    expect(check()).toHaveTextContent('网络已断开，无法读取发布数据');
    server.resetHandlers();
    await user.click(within(check()).getByRole('button', { name: '重新核对' }));
    expect(await within(check()).findByText('与发布数据一致')).toBeVisible();
  });
});

describe('an open snapshot across a reload', () => {
  it('reopens after the page is loaded again, until it is closed', async () => {
    await open(await snapshotText(realApiData()), 'kept.json');
    await within(check()).findByText('与发布数据一致');
    // A reload: the page and everything in memory go; only IndexedDB is left.
    cleanup();
    renderApp('/snapshot');
    const view = await screen.findByRole('region', { name: /快照：截至 2026年11月24日/ });
    expect(view).toHaveTextContent('文件 kept.json');
    const user = userEvent.setup();
    await user.click(within(view).getByRole('button', { name: '关闭快照' }));
    expect(screen.queryByRole('region', { name: /快照：截至/ })).toBeNull();
    cleanup();
    renderApp('/snapshot');
    await screen.findByLabelText('选择快照文件（.json）');
    await vi.waitFor(() => expect(screen.queryByText('正在重新打开上次的快照…')).toBeNull());
    expect(screen.queryByRole('region', { name: /快照：截至/ })).toBeNull();
  });

  it('drops a kept file that no longer passes the checks', async () => {
    stored.set('plan-tracker:open-snapshot', {
      text: '{"format": "plan-tracker-snapshot"',
      fileName: 'x.json',
    });
    renderApp('/snapshot');
    await vi.waitFor(() => expect(stored.size).toBe(0));
    expect(screen.queryByRole('region', { name: /快照：截至/ })).toBeNull();
  });
});

describe('in English', () => {
  it('says what the check found, with the snapshot page’s own strings', async () => {
    renderApp('/snapshot?lang=en');
    const user = userEvent.setup();
    await user.upload(
      // The English catalogue and the page's code both load on demand.
      await screen.findByLabelText('Choose a snapshot file (.json)', {}),
      new File([await snapshotText(realApiData())], 's.json', { type: 'application/json' }),
    );
    const region = await screen.findByRole('region', { name: 'Check against the published data' });
    expect(await within(region).findByText('Matches the published data')).toBeVisible();
    expect(region).toHaveTextContent(
      /All \d{4} fields the snapshot shows .+ names, units, measure words, deadlines, notes, quotes/,
    );
    expect(region).toHaveTextContent('Not checked: indicators the snapshot does not hold');
  });
});
