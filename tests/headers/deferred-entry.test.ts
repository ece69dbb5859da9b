import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deferEntry,
  ENTRY_LOADER,
  ENTRY_LOADER_HASH,
} from '../../scripts/vite-plugin-deferred-entry';
import { entryOf } from '../../scripts/lib/build-graph';
import { takeEarlyClicks } from '../../src/lib/boot/early-clicks';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-plugin-csp';

const BUILT =
  '<head>\n    <script type="module" crossorigin src="/assets/index-A1b2C3d4.js"></script>\n' +
  '    <link rel="modulepreload" crossorigin href="/assets/boot-shared-B.js">\n</head>' +
  '<body><div id="root"></div>\n</body>';

describe('deferEntry', () => {
  it('names the entry and its preloads in a meta, and adds the loader at the end', () => {
    const page = deferEntry(BUILT);
    expect(page).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(page).toContain(
      '<meta name="plan-tracker-entry" content="/assets/index-A1b2C3d4.js"' +
        ' data-preload="/assets/boot-shared-B.js">',
    );
    expect(page).toMatch(
      new RegExp(
        `<script>${ENTRY_LOADER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</script>\\s*</body>`,
      ),
    );
    // The build graph still finds the entry.
    expect(entryOf(page)).toBe('assets/index-A1b2C3d4.js');
  });

  it('writes no data-preload for an entry without preloads', () => {
    const page = deferEntry(BUILT.replace(/\s*<link rel="modulepreload"[^>]*>/, ''));
    expect(page).toContain('<meta name="plan-tracker-entry" content="/assets/index-A1b2C3d4.js">');
  });

  it('fails on a page without a module script', () => {
    expect(() => deferEntry('<body></body>')).toThrow(/no <script type="module" src>/);
  });

  it('keeps the clicks made before the entry ran, until boot takes them', () => {
    document.head.innerHTML = '<meta name="plan-tracker-entry" content="/assets/index-A.js">';
    document.body.innerHTML =
      '<div id="root" data-complete="true" data-path="/"><button>更多</button></div>';
    // The page's own inline script, as the browser runs it (jsdom's location is "/").
    new Function(ENTRY_LOADER)();
    const button = document.querySelector('button')!;
    button.click();
    expect(takeEarlyClicks()).toEqual([button]);
    button.click();
    // Taken: the loader stopped keeping them.
    expect(takeEarlyClicks()).toEqual([button]);
    expect(document.querySelector('script[src]')).toBeNull();
  });

  it('the CSP allows exactly the loader, by the hash of its text', () => {
    const hash = createHash('sha256').update(ENTRY_LOADER).digest('base64');
    expect(ENTRY_LOADER_HASH).toBe(`'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline'?[^;]*;\s*style-src|script-src[^;]*unsafe/,
    );
  });
});
