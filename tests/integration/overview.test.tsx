import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';
import { overviewCardCount, unreportedCount } from '../utils/overview-cards';
import { evaluateAll, evaluateAllSeries } from '../../src/domain/evaluation/evaluate-all';

const data = realApiData();
const TODAY = '2026-11-24'; // renderApp's default day
const CARDS = overviewCardCount(data, TODAY);
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('overview page', () => {
  it('shows a card per series and per reported indicator, and lists the rest under their plan', async () => {
    renderApp('/');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(CARDS);
    expect(CARDS).toBeGreaterThanOrEqual(data.catalog.series.length);
    const listed = screen.getAllByRole('listitem').filter((li) => li.closest('.unreported__list'));
    expect(listed).toHaveLength(unreportedCount(data, TODAY));
    for (const plan of data.catalog.plans) {
      const count = data.indicators.filter((indicator) => indicator.plan === plan.id).length;
      if (count > 0)
        expect(screen.getByRole('heading', { level: 2, name: plan.title.zh })).toBeInTheDocument();
    }
  });

  it('lists the innovation studios target of 8000 compactly, with no empty bar, as it has no report', async () => {
    renderApp('/');
    const links = await screen.findAllByRole('link', { name: '职工创新工作室数量' });
    // Once in 需关注 and once in its plan's compact list, where the verdict stands beside it.
    const item = links.map((l) => l.closest('li')!).find((li) => li.closest('.unreported__list'))!;
    expect(item).toHaveTextContent('≥ 8000家');
    expect(item).toHaveTextContent('2025年12月31日');
    expect(item).toHaveTextContent('2025年底 · ? 到期未见结果');
    expect(screen.queryByRole('progressbar', { name: /职工创新工作室/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /职工创新工作室/ })).not.toBeInTheDocument();
  });

  it('gives the unemployment series one card: this year, the latest result and the track record', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: '城镇调查失业率' });
    expect(card).toHaveTextContent('2026年目标 ≤ 5%');
    expect(card).toHaveTextContent('2025年 实际4.1% · 目标≤ 5% · 已达成');
    expect(card).toHaveTextContent(/近3年达标 3\/3/);
    expect(
      within(card).getByRole('img', { name: /城镇调查失业率逐年目标与实绩/ }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '城镇调查失业率' })).toHaveAttribute(
      'href',
      '/series/surveyed-unemployment-rate',
    );
  });

  it('leads with the latest results, newest year first, and flags a result resting on a repost', async () => {
    renderApp('/');
    const latest = await screen.findByRole('region', { name: '最新结果' });
    const items = within(latest).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    const years = items.map((item) => Number(/(\d{4})年/.exec(item.textContent ?? '')?.[1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(latest).toHaveTextContent('城镇调查失业率');
    const starts = items.find((item) => item.textContent?.includes('老旧小区改造新开工'));
    expect(starts).toHaveTextContent('已达成（来源表述）');
    expect(starts).toHaveTextContent('此结果仅有转载来源');
  });

  it('as of 2023-06-30 shows only what was published by then', async () => {
    renderApp('/?asOf=2023-06-30');
    await screen.findByRole('region', { name: /状态汇总/ });
    // The 2026 government work report came out in January 2026: not yet known.
    expect(screen.queryByRole('heading', { name: /2026年北京市政府工作报告/ })).toBeNull();
    expect(screen.queryByText(/2026年目标/)).toBeNull();
    const card = await screen.findByRole('article', { name: '城镇调查失业率' });
    // 2022's result was published in January 2023; 2024's and 2025's were not out yet.
    expect(card).toHaveTextContent('2022年 实际4.7%');
    expect(card).not.toHaveTextContent('2025年');
  });

  it('counts every indicator once and every series once per verdict, and says so', async () => {
    renderApp('/');
    const summary = await screen.findByRole('region', { name: /状态汇总/ });
    const counts = within(summary)
      .getAllByRole('listitem')
      .map((item) => Number(item.querySelector('.status-summary__count')?.textContent));
    const series = evaluateAllSeries(data.catalog, TODAY);
    const verdicts = series.reduce((n, row) => n + row.evaluation.verdicts.length, 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(data.indicators.length + verdicts);
    const twice = series.filter((row) => row.evaluation.verdicts.length === 2).length;
    const context = series.filter((row) => row.evaluation.verdicts.length === 0).length;
    expect(twice).toBeGreaterThan(0);
    expect(summary).toHaveTextContent(`其中 ${twice} 个年度目标系列两组各计一次`);
    expect(summary).toHaveTextContent(`另有 ${context} 个系列没有目标`);
  });

  it('lists a figure with no target under its plan, with its quote and source', async () => {
    renderApp('/');
    const plan = await screen.findByRole('region', { name: /北京市2024年民生工作安排/ });
    const figures = within(plan).getByRole('list', { name: '其他公开数字' });
    const talent = within(figures)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('全市高技能人才'));
    expect(talent).toBeDefined();
    expect(talent).toHaveTextContent('118万人');
    expect(talent).toHaveTextContent('2023年12月31日');
    expect(talent?.querySelector('q')).toHaveTextContent('截至2023年底,全市共有高技能人才118万人');
    expect(talent).toHaveTextContent('出处：市十六届人大二次会议举行新闻发布会');
    // A figure is context, not an indicator: no card, no status.
    expect(within(plan).queryByRole('article')).not.toBeInTheDocument();
  });

  it('labels planned figures', async () => {
    renderApp('/');
    const beds = await screen.findByText('北大第一医院（大兴院区）投入使用后新增儿科病床');
    expect(beds.closest('li')).toHaveTextContent('计划');
  });

  it('hides figures when filtering by status, since figures have none', async () => {
    renderApp('/?status=no_data');
    await screen.findAllByRole('article');
    expect(screen.queryByRole('list', { name: '其他公开数字' })).not.toBeInTheDocument();
  });

  it('says the server failed and recovers when the user retries', async () => {
    server.use(http.get('*/api/indicators.json', () => new HttpResponse(null, { status: 500 })));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器返回错误');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findAllByRole('article')).toHaveLength(CARDS);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a response that is not JSON with a clear message', async () => {
    server.use(http.get('*/api/plans.json', () => new HttpResponse('<html>oops', { status: 200 })));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('数据格式无法读取');
  });

  it('refuses JSON that does not match the schema', async () => {
    server.use(http.get('*/api/indicators.json', () => HttpResponse.json([{ id: 'x', name: 42 }])));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('不符合要求');
  });

  it('keeps the loaded cards on screen when a later refresh fails', async () => {
    const { queryClient } = renderApp('/');
    await screen.findAllByRole('article');
    server.use(http.get('*/api/indicators.json', () => HttpResponse.error()));
    await queryClient.refetchQueries();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('无法连接服务器'));
    expect(screen.getByRole('alert')).toHaveTextContent('仍显示上次成功加载的数据');
    expect(screen.getAllByRole('article')).toHaveLength(CARDS);
  });
});

describe('a plan with many indicators without a report', () => {
  const template = data.indicators.find((indicator) => indicator.observations.length === 0)!;
  const plan = data.catalog.plans.find((one) => one.id === template.plan)!;
  const extra = Array.from({ length: 120 }, (_, i) => ({
    ...template,
    id: `${template.id}-copy-${String(i + 1).padStart(3, '0')}`,
    name: { zh: `${template.name.zh} 副本 ${i + 1}`, en: `${template.name.en} copy ${i + 1}` },
  }));
  const crowded = { ...data, indicators: [...data.indicators, ...extra] };
  const total = evaluateAll(crowded.catalog, crowded.indicators, TODAY).filter(
    (row) => row.indicator.plan === plan.id && row.evaluation.latest === null,
  ).length;

  it('lists them a screenful at a time, saying how many there are', async () => {
    server.use(http.get('*/api/indicators.json', () => HttpResponse.json(crowded.indicators)));
    const user = userEvent.setup();
    renderApp('/');
    const heading = await screen.findByRole('heading', { level: 2, name: plan.title.zh });
    const section = heading.closest('section')!;
    const lines = () =>
      within(section.querySelector<HTMLElement>('.unreported__list')!).getAllByRole('listitem');
    await waitFor(() => expect(lines()).toHaveLength(50));
    expect(total).toBeGreaterThan(120);
    expect(within(section).getByText(`已显示 50 / ${total} 项`)).toBeVisible();
    await user.click(within(section).getByRole('button', { name: '再显示 50 项' }));
    expect(lines()).toHaveLength(100);
    expect(within(section).getByText(`已显示 100 / ${total} 项`)).toBeVisible();
  });

  it('names twenty of them in the coverage table and counts the rest', async () => {
    server.use(http.get('*/api/indicators.json', () => HttpResponse.json(crowded.indicators)));
    renderApp('/');
    const coverage = await screen.findByRole('region', { name: '覆盖情况表' });
    const title = plan.title.zh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = within(coverage).getByRole('row', { name: new RegExp(`^${title}`) });
    const cell = within(row).getAllByRole('cell').at(-1)!;
    expect(cell.querySelectorAll('bdi')).toHaveLength(20);
    expect(cell).toHaveTextContent(new RegExp(`等另外 ${total - 20} 项$`));
  });
});
