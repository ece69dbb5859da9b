// What a visitor does before the app is live is done again once it is: through React's own
// hydration, on the same elements, so the app's handlers see it as if it had just happened.
import { act, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordPendingInput } from '../../src/lib/boot/pending-input';
import { onFirstIntent } from '../../src/lib/boot/intent';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Controls({ log }: { log: string[] }) {
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const [count, setCount] = useState(0);
  return (
    <div>
      <select
        aria-label="状态"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value);
          log.push(`status:${e.target.value}`);
        }}
      >
        <option value="">全部</option>
        <option value="at-risk">有风险</option>
      </select>
      <input
        aria-label="搜索"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          log.push(`query:${e.target.value}`);
        }}
      />
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        更多 {count}
      </button>
      <a href="#x">链接</a>
    </div>
  );
}

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  document.body.replaceChildren();
});

function serverPage(log: string[]) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Controls log={log} />);
  document.body.append(container);
  return container;
}

async function hydrate(container: HTMLElement, log: string[]) {
  await act(async () => {
    roots.push(hydrateRoot(container, <Controls log={log} />));
  });
}

describe('recordPendingInput', () => {
  it('hands a changed select, typed text and a pressed button to the hydrated app', async () => {
    const log: string[] = [];
    const container = serverPage(log);
    const pending = recordPendingInput(container);
    const select = container.querySelector('select')!;
    const input = container.querySelector('input')!;
    const button = container.querySelector('button')!;
    select.value = 'at-risk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    input.value = '工会';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    button.click();
    button.click();
    pending.seal();
    await hydrate(container, log);
    // Hydrated: React took the page over but heard nothing of what came before.
    expect(log).toEqual([]);
    expect(button.textContent).toBe('更多 0');
    await act(async () => pending.replay());
    expect(log).toEqual(['status:at-risk', 'query:工会']);
    expect(select.value).toBe('at-risk');
    expect(input.value).toBe('工会');
    expect(button.textContent).toBe('更多 2');
    // Done once: a second replay repeats nothing.
    await act(async () => pending.replay());
    expect(button.textContent).toBe('更多 2');
    expect(log).toHaveLength(2);
  });

  it('leaves a control changed back to its rendered value alone', async () => {
    const log: string[] = [];
    const container = serverPage(log);
    const pending = recordPendingInput(container);
    const select = container.querySelector('select')!;
    select.value = 'at-risk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    pending.seal();
    await hydrate(container, log);
    await act(async () => pending.replay());
    expect(log).toEqual([]);
  });

  it('records nothing after seal: React hears those events itself', async () => {
    const log: string[] = [];
    const container = serverPage(log);
    const pending = recordPendingInput(container);
    pending.seal();
    await hydrate(container, log);
    const button = container.querySelector('button')!;
    act(() => button.click());
    await act(async () => pending.replay());
    expect(button.textContent).toBe('更多 1');
  });
});

describe('a control changed before recording began', () => {
  it('counts as changed, and is handed over too', async () => {
    const log: string[] = [];
    const container = serverPage(log);
    const select = container.querySelector('select')!;
    select.value = 'at-risk';
    const pending = recordPendingInput(container);
    expect(pending.changedEarly).toBe(true);
    pending.seal();
    await hydrate(container, log);
    await act(async () => pending.replay());
    expect(log).toEqual(['status:at-risk']);
  });

  it('a button clicked before recording began (kept by the loader) counts, and is pressed', async () => {
    const log: string[] = [];
    const container = serverPage(log);
    const button = container.querySelector('button')!;
    const link = container.querySelector('a')!;
    // The loader keeps every click's target: here the button, and a link (left to the browser).
    const pending = recordPendingInput(container, [button, link]);
    expect(pending.changedEarly).toBe(true);
    pending.seal();
    await hydrate(container, log);
    await act(async () => pending.replay());
    expect(button.textContent).toBe('更多 1');
  });

  it('nothing changed: nothing early', () => {
    expect(recordPendingInput(serverPage([])).changedEarly).toBe(false);
  });
});

describe('onFirstIntent', () => {
  it('fires once, on the first sign of use, then stops listening', () => {
    const target = new EventTarget();
    const callback = vi.fn();
    onFirstIntent(target, callback);
    target.dispatchEvent(new Event('scroll'));
    expect(callback).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pointerover'));
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('change'));
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be stopped before anything happens', () => {
    const target = new EventTarget();
    const callback = vi.fn();
    onFirstIntent(target, callback)();
    target.dispatchEvent(new Event('pointerdown'));
    expect(callback).not.toHaveBeenCalled();
  });
});
