// The browser tab names the page, so tabs, history and bookmarks can be told apart.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const server = createTestServer(() => realApiData());

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the document title', () => {
  it.each([
    ['/', '指标总览 · 规划指标看板'],
    ['/indicator/worker-innovation-studios', '职工创新工作室数量 · 规划指标看板'],
    ['/indicator/no-such-indicator', '未找到该指标 · 规划指标看板'],
    ['/compare', '指标对比 · 规划指标看板'],
    ['/methodology', '方法说明 · 规划指标看板'],
    ['/report', '规划指标简报 · 规划指标看板'],
    ['/nowhere', '页面不存在 · 规划指标看板'],
  ])('names %s', async (path, title) => {
    renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('follows the language', async () => {
    renderApp('/indicator/worker-innovation-studios');
    await screen.findByRole('heading', { level: 1, name: '职工创新工作室数量' });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.title).toBe('Worker innovation studios · Plan Tracker'));
  });
});
