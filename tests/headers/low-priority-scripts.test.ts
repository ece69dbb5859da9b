import { describe, expect, it } from 'vitest';
import { lowPriorityScripts } from '../../scripts/vite-plugin-low-priority-scripts';

describe('lowPriorityScripts', () => {
  it('lowers the module script and its preloads, once, and leaves data scripts alone', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-A.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/boot-shared-B.js">' +
      '<script type="application/json" id="prerender-data">{}</script>';
    const lowered = lowPriorityScripts(html);
    expect(lowered).toBe(
      '<script type="module" fetchpriority="low" crossorigin src="/assets/index-A.js"></script>' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/boot-shared-B.js">' +
        '<script type="application/json" id="prerender-data">{}</script>',
    );
    expect(lowPriorityScripts(lowered)).toBe(lowered);
  });
});
