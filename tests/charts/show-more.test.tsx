// "再显示 N 项" keeps keyboard focus somewhere useful: on the button while it stays, on the
// first newly shown item when the last page makes the button go away (not on <body>).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ShowMore, usePaged } from '../../src/components/ui/show-more';
import { createI18n } from '../../src/lib/i18n/index';

const ITEMS = Array.from({ length: 5 }, (_, i) => `item ${i + 1}`);

function PagedList() {
  const page = usePaged(ITEMS, 2);
  return (
    <>
      <ul>
        {page.shown.map((item) => (
          <li key={item}>
            <a href={`#${item}`}>{item}</a>
          </li>
        ))}
      </ul>
      <ShowMore shown={page.shown.length} total={ITEMS.length} step={2} onMore={page.more} />
    </>
  );
}

describe(ShowMore, () => {
  it('keeps focus on the button while it stays, then moves it to the first new item', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n()}>
        <PagedList />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: '再显示 2 项' }));
    expect(screen.getByRole('button', { name: '再显示 1 项' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '再显示 1 项' }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'item 5' })).toHaveFocus();
  });
});
