// Links pasted with typos or stray characters open "not found" with a way back, never a blank page.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const server = createTestServer(() => realApiData());

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('an address no page answers to', () => {
  it.each([
    ['an unknown path', '/plans'],
    ['a line feed after the slash', '/%0a'],
    ['a carriage return after a real route', '/compare%0d'],
    ['a line separator', '/%E2%80%A8'],
    ['an id with a line feed', '/indicator/%0a'],
  ])('shows "not found" with a link to the overview for %s', async (_, path) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/');
  });
});

describe('a malformed as-of date in the link', () => {
  it.each([
    ['a month 13', '2025-13-01'],
    ['year zero', '0000-01-01'],
    ['words', 'abc'],
  ])('says so for %s, shows today and takes the bad date out of the URL', async (_, bad) => {
    const { location } = renderApp(`/?plan=worker-development-2021-2025&asOf=${bad}`);
    expect(await screen.findByText(`日期参数无效（${bad}），已显示今天的数据。`)).toHaveRole(
      'status',
    );
    // renderApp's today is 2026-11-24: the overview is as of today, not of the bad date.
    expect(await screen.findByText('截至 2026年11月24日')).toBeVisible();
    // The address was replaced, not pushed: Back does not return to the bad link.
    expect(location.history).toEqual(['/?plan=worker-development-2021-2025']);
  });

  it('says nothing when the date is good, and keeps it', async () => {
    const { location } = renderApp('/?asOf=2025-06-30');
    expect(await screen.findByText('截至 2025年6月30日')).toBeVisible();
    expect(screen.queryByText(/日期参数无效/)).toBeNull();
    expect(location.history).toEqual(['/?asOf=2025-06-30']);
  });

  it('says a date that has not come yet was not used, shows today and takes it out', async () => {
    const { location } = renderApp('/?plan=worker-development-2021-2025&asOf=2099-01-01');
    expect(
      await screen.findByText(
        '链接中的截至日期（2099年1月1日）还没有到，已显示今天（2026年11月24日）的数据。',
      ),
    ).toHaveRole('status');
    expect(await screen.findByText('截至 2026年11月24日')).toBeVisible();
    expect(location.history).toEqual(['/?plan=worker-development-2021-2025']);
  });

  it('says it in English too', async () => {
    renderApp('/?lang=en&asOf=2025-13-01');
    expect(
      await screen.findByText('Invalid date in the link (2025-13-01); showing today.'),
    ).toHaveRole('status');
  });
});

describe('the malformed-date notice after the reader moves on', () => {
  it('is gone on the next page and does not come back on returning', async () => {
    const { location } = renderApp('/?asOf=2025-13-01');
    expect(await screen.findByText('日期参数无效（2025-13-01），已显示今天的数据。')).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: '方法说明' }));
    expect(await screen.findByRole('heading', { level: 1, name: '方法说明' })).toBeVisible();
    expect(screen.queryByText(/日期参数无效/)).toBeNull();
    await user.click(screen.getByRole('link', { name: '总览' }));
    expect(await screen.findByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();
    expect(screen.queryByText(/日期参数无效/)).toBeNull();
    expect(location.history[0]).toBe('/');
  });
});

// Issue 24 item 7: the big screen and the embeds have no layout, and said nothing.
describe('a malformed as-of date on the pages without the app chrome', () => {
  it.each([
    ['the big screen', '/present'],
    ['an indicator embed', '/embed/indicator/worker-innovation-studios'],
    ['a series embed', '/embed/series/new-urban-jobs'],
  ])('is said on %s, as on the overview, and taken out of the URL', async (_, path) => {
    const { location } = renderApp(`${path}?asOf=2025-13-01`);
    expect(await screen.findByText('日期参数无效（2025-13-01），已显示今天的数据。')).toHaveRole(
      'status',
    );
    expect(location.history).toEqual([path]);
  });

  it('says a date that has not come yet on an embed', async () => {
    renderApp('/embed/indicator/worker-innovation-studios?asOf=2099-01-01');
    expect(
      await screen.findByText(
        '链接中的截至日期（2099年1月1日）还没有到，已显示今天（2026年11月24日）的数据。',
      ),
    ).toHaveRole('status');
  });
});
