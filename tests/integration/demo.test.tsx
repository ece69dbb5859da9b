// Demo mode end to end in jsdom: the very handlers the browser worker uses, through msw/node.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { faultHandlers } from '../../mocks/demo-faults';
import { createDemoTestServer } from '../../mocks/node';
import { DEFAULT_DEMO_PARAMS, type DemoParams } from '../../src/lib/demo-params';
import { useDemoStore } from '../../src/lib/demo-store';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';
import { overviewCardCount } from '../utils/overview-cards';
import { generateDemoData } from '../../mocks/demo-data';

const TODAY = '2026-11-24';
const real = realApiData();
const params: DemoParams = { ...DEFAULT_DEMO_PARAMS, seed: 7, size: 30 };
const server = createDemoTestServer(() => real, params, TODAY);

/** What main.tsx does once the worker answers. */
const startDemo = (running: DemoParams | null = params) =>
  useDemoStore.setState({ params: running, failure: null });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  startDemo(null);
});
afterAll(() => server.close());

describe('demo mode', () => {
  it('labels the page as simulated and fills the cards with generated progress', async () => {
    startDemo();
    renderApp('/?demo&seed=7&size=30', { today: TODAY });
    const banner = screen.getByRole('region', { name: '演示模式' });
    expect(banner).toHaveTextContent('演示模式：以下数字为模拟数据，并非真实进展');
    expect(banner).toHaveTextContent('随机种子 7');
    expect(banner).toHaveTextContent('另加 30 项模拟指标');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(overviewCardCount(generateDemoData(real, params, TODAY), TODAY));
    const reported = cards.filter((card) => within(card).queryAllByText(/日 报告$/).length > 0);
    expect(reported.length).toBeGreaterThan(cards.length / 2);
    const summary = screen.getByRole('region', { name: /状态汇总/ });
    for (const item of within(summary).getAllByRole('listitem'))
      expect(Number(item.querySelector('.status-summary__count')?.textContent)).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '演示模式' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('keeps the demo parameters on every in-app link and navigation', async () => {
    startDemo();
    const { location } = renderApp('/?demo&seed=7&size=30', { today: TODAY });
    const nav = screen.getByRole('navigation', { name: '主导航' });
    const compare = within(nav).getByRole('link', { name: '对比' });
    expect(compare).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/compare\?demo&seed=7&size=30/),
    );
    await userEvent.click(compare);
    await waitFor(() =>
      expect(location.history?.at(-1)).toMatch(/^\/compare\?demo&seed=7&size=30/),
    );
    expect(screen.getByRole('region', { name: '演示模式' })).toBeInTheDocument();
  });

  it('shows an injected fault the way the user would meet it', async () => {
    startDemo({ ...params, fault: 'error' });
    server.use(...faultHandlers('error'));
    renderApp('/?demo&fault=error', { today: TODAY });
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器返回错误');
    expect(screen.getByRole('region', { name: '演示模式' })).toHaveTextContent(
      '故障模拟：服务器错误',
    );
  });

  it('still validates an invalid fault answer, which is not generated data', async () => {
    startDemo({ ...params, fault: 'invalid' });
    server.use(...faultHandlers('invalid'));
    renderApp('/?demo&fault=invalid', { today: TODAY });
    expect(await screen.findByRole('alert')).toHaveTextContent('不符合要求');
  });

  it('shows no banner and real-only links on a normal visit', async () => {
    renderApp('/', { today: TODAY });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('region', { name: '演示模式' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '对比' })).toHaveAttribute('href', '/compare');
    expect(screen.getByRole('button', { name: '演示模式' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('says so, in words, when demo mode could not start', () => {
    useDemoStore.setState({ params: null, failure: 'no service worker' });
    renderApp('/', { today: TODAY });
    expect(screen.getByRole('alert')).toHaveTextContent('演示模式未能启动（no service worker）');
  });
});
