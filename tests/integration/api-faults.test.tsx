// Every way /api can fail, on first load and on a later refresh: the user always gets the
// page, a message in words and a retry; data already on screen stays; retry recovers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { apiHandlers } from '../../mocks/api-handlers';
import { withObservations } from '../utils/test-data';
import { REQUEST_TIMEOUT_MS } from '../../src/lib/api';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';
import { overviewCardCount } from '../utils/overview-cards';

// The overview chart, made to throw for one plan's rows when a test asks it to.
const chart = vi.hoisted(() => ({ breakFor: null as string | null }));
vi.mock('../../src/components/charts/progress-chart', async (importOriginal) => {
  type Props = { rows: { id: string }[]; noDataLabel: string };
  const { ProgressChart: Real } = await importOriginal<{ ProgressChart: ComponentType<Props> }>();
  return {
    ProgressChart: (props: Props) => {
      if (props.rows.some((row) => row.id === chart.breakFor)) throw new Error('chart exploded');
      return <Real {...props} />;
    },
  };
});

const data = realApiData();
const server = createTestServer(() => data);
const PLANS = '*/api/plans.json';
const INDICATORS = '*/api/indicators.json';
const KEPT = '仍显示上次成功加载的数据';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  chart.breakFor = null;
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const jsonText = (text: string) =>
  new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
const last = data.indicators.at(-1)!;
// renderApp's default day.
const CARDS = overviewCardCount(data, '2026-11-24');

type Fault = { name: string; url: string; reply: HttpResponseResolver; message: string };
const faults: Fault[] = [
  {
    name: 'HTTP 500',
    url: INDICATORS,
    reply: () => new HttpResponse(null, { status: 500 }),
    message: '服务器返回错误',
  },
  {
    name: 'HTTP 404',
    url: PLANS,
    reply: () => new HttpResponse(null, { status: 404 }),
    message: '未找到所请求的数据',
  },
  {
    name: 'a network error',
    url: INDICATORS,
    reply: () => HttpResponse.error(),
    message: '无法连接服务器',
  },
  {
    name: 'malformed JSON',
    url: PLANS,
    reply: () => jsonText('{"plans": [}'),
    message: '数据格式无法读取',
  },
  {
    name: 'an HTML page served with status 200',
    url: INDICATORS,
    reply: () => HttpResponse.html('<!doctype html><title>Gateway</title>'),
    message: '数据格式无法读取',
  },
  {
    name: 'JSON that fails the schema',
    url: PLANS,
    reply: () => HttpResponse.json({ ...data.catalog, plans: 'none' }),
    message: '不符合要求',
  },
  {
    name: 'a partial list cut off mid-transfer',
    url: INDICATORS,
    reply: () => jsonText(JSON.stringify(data.indicators).slice(0, 1500)),
    message: '数据格式无法读取',
  },
  {
    name: 'a partial list whose last item lost its fields',
    url: INDICATORS,
    reply: () =>
      HttpResponse.json([
        ...data.indicators.slice(0, -1),
        { id: last.id, plan: last.plan, name: last.name },
      ]),
    message: '不符合要求',
  },
];

async function expectAllCards() {
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(CARDS));
}

async function retryAndRecover(alert: HTMLElement) {
  server.resetHandlers();
  await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  await expectAllCards();
}

describe.each(faults)('when the API answers with $name', ({ url, reply, message }) => {
  it('on first load it keeps the page, says what failed, and recovers on retry', async () => {
    server.use(http.get(url, reply));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent(KEPT);
    expect(screen.getByRole('heading', { level: 1, name: '指标总览' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await retryAndRecover(alert);
  });

  it('on a later refresh it keeps every card, says so, and recovers on retry', async () => {
    renderApp('/');
    await expectAllCards();
    server.use(http.get(url, reply));
    await userEvent.click(screen.getByRole('button', { name: '刷新数据' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(KEPT);
    expect(screen.getAllByRole('article')).toHaveLength(CARDS);
    await retryAndRecover(alert);
  });
});

describe('when the API does not answer in time', () => {
  // Node's AbortSignal.timeout ignores fake timers, so the test owns the clock: each
  // request's timeout signal is kept and fired on demand, which makes this deterministic.
  function controlTimeouts() {
    const pending: AbortController[] = [];
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      expect(ms).toBe(REQUEST_TIMEOUT_MS);
      const controller = new AbortController();
      pending.push(controller);
      return controller.signal;
    });
    // Fires every timeout started so far, as if REQUEST_TIMEOUT_MS had passed for each.
    return () =>
      pending.splice(0).forEach((c) => c.abort(new DOMException('timed out', 'TimeoutError')));
  }

  // Retries start new requests with new timeouts, so keep firing until the alert shows. The
  // clock is the test's (controlTimeouts); only the re-renders between rounds take real time,
  // which tests/setup.ts's 10 s wait covers on a busy machine (the 1 s default did not).
  async function waitOutTimeouts(elapse: () => void) {
    await waitFor(() => {
      elapse();
      expect(screen.getByRole('alert')).toBeInTheDocument();
    });
    return screen.getByRole('alert');
  }

  it('says the server timed out on first load and recovers on retry', async () => {
    const elapse = controlTimeouts();
    server.use(http.get(INDICATORS, () => delay('infinite')));
    renderApp('/');
    const alert = await waitOutTimeouts(elapse);
    expect(alert).toHaveTextContent('服务器响应超时');
    await retryAndRecover(alert);
  });

  it('keeps the cards when a refresh times out', async () => {
    const elapse = controlTimeouts();
    renderApp('/');
    await expectAllCards();
    server.use(http.get(PLANS, () => delay('infinite')));
    await userEvent.click(screen.getByRole('button', { name: '刷新数据' }));
    const alert = await waitOutTimeouts(elapse);
    expect(alert).toHaveTextContent('服务器响应超时');
    expect(alert).toHaveTextContent(KEPT);
    expect(screen.getAllByRole('article')).toHaveLength(CARDS);
    await retryAndRecover(alert);
  });

  it('calls a body that stalls halfway a timeout, not unreadable data', async () => {
    const elapse = controlTimeouts();
    // Like a browser, abort the body stream when the request is aborted.
    const stalled: HttpResponseResolver = ({ request }) =>
      new HttpResponse(
        new ReadableStream({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('[{"id":'));
            request.signal.addEventListener('abort', () => stream.error(request.signal.reason));
          },
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    server.use(http.get(INDICATORS, stalled));
    renderApp('/');
    const alert = await waitOutTimeouts(elapse);
    expect(alert).toHaveTextContent('服务器响应超时');
    await retryAndRecover(alert);
  });
});

describe('a retry that fails again', () => {
  it('keeps the alert, the retry button and the cards', async () => {
    renderApp('/');
    await expectAllCards();
    server.use(http.get(INDICATORS, () => new HttpResponse(null, { status: 503 })));
    await userEvent.click(screen.getByRole('button', { name: '刷新数据' }));
    const alert = await screen.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '刷新数据' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(KEPT);
    expect(screen.getAllByRole('article')).toHaveLength(CARDS);
    await retryAndRecover(screen.getByRole('alert'));
  });
});

describe('a chart that throws', () => {
  it('is contained in its own card while the rest of the page renders', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    // Charts are drawn for reported indicators: give one in each of three plans a (test) report.
    const reported = withObservations({
      'worker-innovation-studios': [['2024-06-30', 5000]],
      'model-workers-into-schools-coverage': [['2025-06-30', 40]],
      'inclusive-childcare-share-2026': [['2026-06-30', 60]],
    });
    server.use(...apiHandlers(() => reported));
    const [broken, ...others] = reported.catalog.plans.filter((plan) =>
      reported.indicators.some((i) => i.plan === plan.id && i.observations.length > 0),
    );
    chart.breakFor = reported.indicators.find(
      (i) => i.plan === broken!.id && i.observations.length > 0,
    )!.id;
    renderApp('/');
    await waitFor(() =>
      expect(screen.getAllByRole('article')).toHaveLength(
        overviewCardCount(reported, '2026-11-24'),
      ),
    );
    const sectionOf = (title: string) =>
      screen.getByRole('heading', { level: 2, name: title }).closest('section')!;
    const failed = sectionOf(broken!.title.zh);
    await within(failed).findByText('图表无法显示。');
    expect(within(failed).getAllByRole('article').length).toBeGreaterThan(0);
    expect(within(failed).getByRole('table', { hidden: true })).toBeInTheDocument();
    expect(others.length).toBeGreaterThan(0);
    for (const plan of others) {
      expect(within(sectionOf(plan.title.zh)).queryByText('图表无法显示。')).toBeNull();
    }
    expect(screen.getAllByText('图表无法显示。')).toHaveLength(1);
    expect(screen.getByRole('region', { name: /状态汇总/ })).toBeInTheDocument();
  });
});
