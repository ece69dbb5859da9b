import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('overview page', () => {
  it('shows a card for every curated indicator, grouped under its plan', async () => {
    renderApp('/');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(data.indicators.length);
    for (const plan of data.catalog.plans) {
      const count = data.indicators.filter((indicator) => indicator.plan === plan.id).length;
      if (count > 0)
        expect(screen.getByRole('heading', { level: 2, name: plan.title.zh })).toBeInTheDocument();
    }
  });

  it('shows the innovation studios target of 8000 and says honestly that no progress is reported', async () => {
    renderApp('/');
    const card = await screen.findByRole('article', { name: /职工创新工作室/ });
    expect(within(card).getByText(/8000/)).toBeInTheDocument();
    const bar = within(card).getByRole('progressbar', { name: /职工创新工作室/ });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
  });

  it('counts every indicator exactly once in the status summary', async () => {
    renderApp('/');
    const summary = await screen.findByRole('region', { name: /状态汇总/ });
    const counts = within(summary)
      .getAllByRole('listitem')
      .map((item) => Number(item.querySelector('.status-summary__count')?.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(data.indicators.length);
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

  it('labels planned figures and shows figures beside the cards of a plan with targets', async () => {
    renderApp('/');
    const plan = await screen.findByRole('region', { name: /2026年北京市政府工作报告/ });
    expect(within(plan).getAllByRole('article').length).toBeGreaterThan(0);
    const figures = within(plan).getByRole('list', { name: '其他公开数字' });
    expect(figures).toHaveTextContent('7.2万人');
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
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('服务器返回错误');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findAllByRole('article')).toHaveLength(data.indicators.length);
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
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('无法连接服务器'), {
      timeout: 4000,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('仍显示上次成功加载的数据');
    expect(screen.getAllByRole('article')).toHaveLength(data.indicators.length);
  });
});
