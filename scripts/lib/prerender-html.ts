// Pure string work for the prerender step: put a rendered page and its data into the built
// index.html, and decide which routes that are not prerendered get the plain (empty) page.

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * index.html with the overview's markup inside #root and the data the client hydrates from in
 * a non-executable JSON script (the CSP forbids inline code, not data). `payloadJson` must
 * already be escaped for <script> (see serializePayload). #root says aria-disabled until the app
 * has taken the page over (main.tsx removes it): the controls are drawn but not working yet, and
 * assistive technology and test tools wait for them instead of acting into the void.
 */
export function injectPrerender(
  shell: string,
  html: string,
  payloadJson: string,
  dataId: string,
): string {
  if (!shell.includes(EMPTY_ROOT)) throw new Error(`index.html has no empty ${EMPTY_ROOT}`);
  if (/<\/script/i.test(payloadJson)) throw new Error('payload is not escaped for <script>');
  const data = `<script type="application/json" id="${dataId}">${payloadJson}</script>`;
  return shell
    .replace(EMPTY_ROOT, () => `<div id="root" aria-disabled="true">${html}</div>`)
    .replace('</body>', () => `    ${data}\n  </body>`);
}

/**
 * The files of routes that are not prerendered: the unrendered page, so a deep link to /compare
 * or /report never flashes the overview. Named `<path>.html`, which `vite preview` and most static
 * hosts try before falling back to index.html. (Indicator pages are prerendered themselves.)
 */
export function routeShellFiles(): string[] {
  return ['compare.html', 'methodology.html', 'present.html', 'report.html', 'snapshot.html'];
}

/**
 * Puts the stylesheet into the page: on a phone the round trip for one small CSS file is most of
 * the time to first paint. The <link> stays in the other routes' files.
 */
export function inlineStylesheet(html: string, href: string, css: string): string {
  const link = new RegExp(
    `<link rel="stylesheet"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
  );
  if (!link.test(html)) throw new Error(`no <link rel="stylesheet" href="${href}">`);
  return html.replace(link, () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`);
}

/** The page's own <title> in place of the shell's, escaped as text. */
export function withTitle(html: string, title: string): string {
  if (!/<title>[^<]*<\/title>/.test(html)) throw new Error('the page has no <title>');
  const text = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return html.replace(/<title>[^<]*<\/title>/, () => `<title>${text}</title>`);
}
