// The briefing's closing source list through the real query layer: best kind first, a repost
// named by its original outlet with its third-party address marked as a mirror, and that
// address nowhere else in the briefing.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the briefing’s source list', () => {
  it('lists official sources first and marks a mirror’s address, which the summary never prints', async () => {
    renderApp('/report?category=employment');
    const list = await screen.findByRole('region', { name: '资料来源' }, { timeout: 10_000 });
    const items = within(list).getAllByRole('listitem');
    const kinds = items.map((li) =>
      li.textContent?.includes('转载页（镜像）') ? 'repost' : 'other',
    );
    // Every repost comes after every other source.
    expect(kinds.indexOf('repost')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('repost')).every((k) => k === 'repost')).toBe(true);
    const mirror = items.find((li) => li.textContent?.includes('转载页（镜像）'))!;
    expect(mirror).toHaveTextContent(/（转载页） · /);
    const url = within(mirror).getByRole('link').getAttribute('href')!;
    // The mirror's address appears once in the whole briefing: in this list.
    const main = document.body.textContent ?? '';
    expect(main.split(url).length - 1).toBe(1);
    expect([...document.querySelectorAll(`a[href="${url}"]`)].every((a) => list.contains(a))).toBe(
      true,
    );
  });
});
