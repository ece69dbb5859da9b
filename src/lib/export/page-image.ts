// Loaded on demand: the whole current page (its main content, however long) as one PNG, with
// the stamp band on top. modern-screenshot draws the DOM through an SVG foreignObject.
import { domToCanvas } from 'modern-screenshot';
import { downloadBlob } from './download';
import { stampCanvas } from './raster';

/** Chromium refuses canvases much over ~16k px a side; stay well inside. */
const MAX_SIDE = 16_000;

/** Elements marked data-export-ignore (menus, export buttons) are left out of the picture. */
const keep = (node: Node) =>
  !(node instanceof HTMLElement && node.dataset.exportIgnore !== undefined);

/**
 * modern-screenshot copies a pseudo-element's `content: open-quote` as the literal text
 * "open-quote" (it only unquotes strings), so <q> would print `open-quote…close-quote`.
 * Chinese quotation marks are what the page shows.
 */
export function fixQuoteKeywords(css: string): string {
  return css
    .replace(/content: 'no-(open|close)-quote';/g, "content: '';")
    .replace(/content: 'open-quote';/g, "content: '\\201C';")
    .replace(/content: 'close-quote';/g, "content: '\\201D';");
}

export function pageScale(width: number, height: number, devicePixelRatio: number): number {
  const wanted = Math.min(2, Math.max(1, devicePixelRatio));
  return Math.min(wanted, MAX_SIDE / Math.max(width, height, 1));
}

const drawn = (root: HTMLElement) => {
  const slots = root.querySelectorAll('.chart-figure__chart').length;
  const done = root.querySelectorAll(
    '.chart-figure__chart .recharts-wrapper > svg, .chart-figure__chart .chart-failed',
  ).length;
  return done >= slots;
};

/** Waits (up to `timeoutMs`) until every chart on the page has drawn or failed. */
export async function chartsDrawn(root: HTMLElement, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!drawn(root) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  // Two more frames so the last chart has laid out and painted its bars.
  for (let i = 0; i < 2; i += 1) await new Promise((r) => requestAnimationFrame(() => r(null)));
}

export async function exportPage(
  root: HTMLElement,
  lines: string[],
  fileName: string,
): Promise<void> {
  await chartsDrawn(root);
  const scale = pageScale(root.scrollWidth, root.scrollHeight, window.devicePixelRatio);
  const background = getComputedStyle(document.body).backgroundColor;
  const picture = await domToCanvas(root, {
    scale,
    backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#f4f6f8' : background,
    filter: keep,
    onCreateForeignObjectSvg: (svg) => {
      for (const style of svg.querySelectorAll('style'))
        style.textContent = fixQuoteKeywords(style.textContent ?? '');
    },
  });
  downloadBlob(await stampCanvas(picture, lines, scale), fileName);
}
