// Pure string work for the prerender step: put a rendered page and its data into the built
// index.html, and decide which routes that are not prerendered get the plain (empty) page.

import { isoToUtcMs, MS_PER_DAY, PLAN_UTC_OFFSET_MS } from '../../src/domain/evaluation/dates.ts';

const EMPTY_ROOT = '<div id="root"></div>';

/** A part the HTML could not draw (a chart whose code runs only in the browser). */
const NEEDS_SCRIPT = /<[a-z]+ [^>]*data-needs-script=/;

/** What #root tells the entry script (src/lib/boot/start-policy.ts) about the page. */
export type PageMarks = { path: string; day: string };

/** The instants (ms since the epoch) the Beijing day `day` starts and ends. */
export function beijingDayBounds(day: string): { from: number; until: number } {
  const from = isoToUtcMs(day) - PLAN_UTC_OFFSET_MS;
  return { from, until: from + MS_PER_DAY };
}

/**
 * index.html with the page's markup inside #root and the data the client hydrates from in a
 * non-executable JSON script (the CSP forbids inline code, not data). `payloadJson` must already
 * be escaped for <script> (see serializePayload). #root names the page's path and day (and when
 * that day starts and ends in Beijing, so the entry script needs no date code), and says
 * data-complete="true" when nothing in it waits for JavaScript: such a page loads its app only
 * when someone starts using it. Once the app has taken the page over, main.tsx adds data-live.
 */
export function injectPrerender(
  shell: string,
  html: string,
  payloadJson: string,
  dataId: string,
  marks: PageMarks,
): string {
  if (!shell.includes(EMPTY_ROOT)) throw new Error(`index.html has no empty ${EMPTY_ROOT}`);
  if (/<\/script/i.test(payloadJson)) throw new Error('payload is not escaped for <script>');
  const data = `<script type="application/json" id="${dataId}">${payloadJson}</script>`;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const { from, until } = beijingDayBounds(marks.day);
  const root =
    `<div id="root" data-path="${attribute(marks.path)}" data-day="${attribute(marks.day)}"` +
    ` data-day-from="${from}" data-day-until="${until}" data-complete="${!NEEDS_SCRIPT.test(html)}">`;
  return shell
    .replace(EMPTY_ROOT, () => `${root}${html}</div>`)
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
