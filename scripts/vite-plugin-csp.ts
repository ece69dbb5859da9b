// Adds a Content-Security-Policy to the built index.html. Build only: the dev server's
// React Refresh preamble is an inline script, which this policy (rightly) blocks.
import type { Plugin } from 'vite';
import { ENTRY_LOADER_HASH } from './vite-plugin-deferred-entry.ts';

/**
 * No foreign script and no inline script but the entry loader (by its hash); inline styles stay
 * allowed because React style props need them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${ENTRY_LOADER_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'plan-tracker-csp',
    apply: 'build',
    // Right after <meta charset>, ahead of every script: a meta policy only covers what follows it.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const charset = /<meta charset[^>]*>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
