// The 导出 menu with a keyboard only: it opens, closes with Esc back onto its button, closes when
// Tab moves past it (an open list would cover the filters), and keeps focus after an export.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const server = createTestServer(() => realApiData());

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openMenu() {
  const user = userEvent.setup();
  renderApp('/');
  const toggle = await screen.findByRole('button', { name: /导出/ });
  toggle.focus();
  await user.keyboard('{Enter}');
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return { user, toggle };
}

describe('the export menu by keyboard', () => {
  it('closes with Esc and puts focus back on its button', async () => {
    const { user, toggle } = await openMenu();
    await user.tab();
    expect(screen.getByRole('button', { name: '本页图片（PNG）' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes when Tab moves focus past its last item', async () => {
    const { user, toggle } = await openMenu();
    const last = screen.getByRole('link', { name: '打开或对比快照' });
    last.focus();
    await user.tab();
    expect(last).not.toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps focus on its button while an export runs', async () => {
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, toggle } = await openMenu();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: '数据表（CSV）' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveFocus();
    download.mockRestore();
  });
});
