// Links pasted with typos or stray characters open "not found" with a way back, never a blank page.
import { screen } from '@testing-library/react';
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
