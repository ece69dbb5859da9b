// The page PNG leaves out the controls: the exporter's node filter, applied the way snapDOM
// applies it with filterMode "remove" (a dropped node takes its whole subtree), to the real
// overview.
import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { keep } from '../../src/lib/export/page-image';
import { renderApp } from '../utils/render-app';
import { withObservations } from '../utils/test-data';

const server = createTestServer(() =>
  withObservations({ 'worker-innovation-studios': [['2023-06-30', 4200]] }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A copy of `root` holding only what `keep` lets through, as the screenshot clone does. */
function pruned(root: Node): Node {
  const copy = root.cloneNode(false);
  for (const child of root.childNodes) if (keep(child)) copy.appendChild(pruned(child));
  return copy;
}

const CONTROLS =
  'select, input, textarea, button, [role="combobox"], [role="search"], [role="menu"], [role="listbox"]';

describe('the page image of the overview', () => {
  it('has the headings, cards and figures but no filter, button or menu', async () => {
    renderApp('/?asOf=2025-01-15');
    await screen.findByRole('article', { name: /职工创新工作室/ });
    const main = document.getElementById('main')!;
    // The live page has them: the filters, the as-of date, the export menu, chart buttons.
    expect(main.querySelectorAll('select').length).toBeGreaterThanOrEqual(3);
    expect(main.querySelector('input[type="date"]')).not.toBeNull();
    expect(main.querySelector('[role="search"]')).not.toBeNull();
    expect(main.querySelectorAll('button').length).toBeGreaterThan(3);

    const picture = pruned(main) as HTMLElement;
    expect(picture.querySelectorAll(CONTROLS)).toHaveLength(0);
    // The content stays.
    expect(picture.querySelector('h1')?.textContent).toBe(main.querySelector('h1')?.textContent);
    expect(picture.querySelectorAll('article').length).toBe(
      main.querySelectorAll('article').length,
    );
    expect(picture.textContent).toContain('4200');
    expect(picture.textContent).toContain('进展报告覆盖情况');
  });

  it('drops menus and comboboxes however they are built, and keeps plain text', () => {
    document.body.innerHTML = `
      <div id="x">
        <p>正文</p>
        <div role="combobox" aria-expanded="false">下拉</div>
        <ul role="menu"><li role="menuitem">菜单项</li></ul>
        <span role="button" tabindex="0">假按钮</span>
        <details><summary>收起的说明</summary>内容</details>
        <details open><summary>展开的说明</summary>展开内容</details>
        <div data-export-ignore><a href="#">导出</a></div>
      </div>`;
    const picture = pruned(document.getElementById('x')!) as HTMLElement;
    expect(picture.textContent?.replace(/\s+/g, '')).toBe('正文展开的说明展开内容');
  });
});
