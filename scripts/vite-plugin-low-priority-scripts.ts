// The built page's own scripts at low fetch priority: the prerendered HTML is complete, and the
// entry only waits for the visitor (src/boot.ts), so nothing it fetches should compete with
// the first paint for the network.
import type { Plugin } from 'vite';

/** Adds fetchpriority="low" to each module script and module preload in the HTML. */
export function lowPriorityScripts(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    (tag) => `${tag} fetchpriority="low"`,
  );
}

export function lowPriorityScriptsPlugin(): Plugin {
  return {
    name: 'plan-tracker-low-priority-scripts',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: lowPriorityScripts },
  };
}
