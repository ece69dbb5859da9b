// What a test rendering into jsdom needs; tests/setup.ts loads it only where there is a document.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// What a test waits for by role is real work: a lazy page's module transformed on first import,
// the whole app rendered, a chain of retried requests. On a busy two-core machine that takes
// longer than Testing Library's 1 s default, and the test fails for the clock, not for the app.
// A wait that succeeds returns the moment its element is there, so only a real failure is slower.
// Waits on time itself use fake timers or a controlled clock instead (see api-faults.test.tsx).
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout engine: give charts a size to draw into.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: rect } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
  localStorage.clear();
});
