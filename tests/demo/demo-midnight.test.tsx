// Issue 24 item 7: in demo mode a tab left open past midnight gets the new day's simulated
// figures: the handlers read the day on each request, and the app refetches at Beijing midnight.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoData } from '../../mocks/demo-data';
import { createDemoTestServer } from '../../mocks/node';
import { DemoRouter } from '../../src/features/demo/demo-router';
import { DEFAULT_DEMO_PARAMS, type DemoParams } from '../../src/lib/demo-params';
import { useDemoStore } from '../../src/lib/demo-store';
import { realApiData } from '../utils/real-api';

const real = realApiData();
const params: DemoParams = { ...DEFAULT_DEMO_PARAMS, seed: 7, size: 30 };
let day = '2026-06-29';
const server = createDemoTestServer(
  () => real,
  params,
  () => day,
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  useDemoStore.setState({ params: null, failure: null });
});
afterAll(() => server.close());

const indicators = async () =>
  (await fetch('http://localhost/api/indicators.json')).json() as Promise<unknown>;

describe('demo handlers across midnight', () => {
  it("answer with the new day's figures once the day has changed", async () => {
    day = '2026-06-29';
    const before = await indicators();
    expect(before).toEqual(generateDemoData(real, params, '2026-06-29').indicators);
    day = '2026-06-30';
    const after = await indicators();
    expect(after).toEqual(generateDemoData(real, params, '2026-06-30').indicators);
    expect(after).not.toEqual(before);
  });
});

describe('the demo app at Beijing midnight', () => {
  it('refetches its data, and only while demo mode runs', () => {
    // 23:59:58 in Beijing.
    vi.useFakeTimers({
      now: Date.parse('2026-11-30T15:59:58Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    useDemoStore.setState({ params, failure: null });
    const view = render(
      <QueryClientProvider client={queryClient}>
        <DemoRouter>page</DemoRouter>
      </QueryClientProvider>,
    );
    vi.advanceTimersByTime(1000);
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(invalidate).toHaveBeenCalledTimes(1);
    view.unmount();

    // Off demo mode the real data does not change at midnight: nothing is refetched.
    useDemoStore.setState({ params: null, failure: null });
    render(
      <QueryClientProvider client={queryClient}>
        <DemoRouter>page</DemoRouter>
      </QueryClientProvider>,
    );
    vi.advanceTimersByTime(86_400_000);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});
