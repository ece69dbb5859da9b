// Loaded on demand: the whole current page (its main content, however long) as one PNG, with
// the stamp band on top. modern-screenshot draws the DOM through an SVG foreignObject. Media
// queries follow the viewport, so the page is loaded again in an off-screen frame of desktop
// width and drawn from there: a phone's export is the desktop picture.
import { domToCanvas } from 'modern-screenshot';
import { EXPORT_FRAME_NAME } from './frame-name';
import { downloadBlob } from './download';
import { stampCanvas } from './raster';

/** Chromium refuses canvases much over ~16k px a side; stay well inside. */
const MAX_SIDE = 16_000;

/** The width the page image is laid out at, whatever the screen. */
export const PAGE_EXPORT_WIDTH = 1280;
/** Pixels per CSS pixel in the page image, the same on every device (capped by MAX_SIDE). */
export const PAGE_EXPORT_SCALE = 2;
/** How long the off-screen copy may take to load and draw before the page as shown is used. */
const FRAME_TIMEOUT_MS = 20_000;

/**
 * Controls are left out of the picture: filters, buttons, inputs, menus, closed disclosure
 * widgets and anything marked data-export-ignore. (By node type, not instanceof: the nodes
 * come from the frame's own window.)
 */
const CONTROLS = [
  '[data-export-ignore]',
  '[role="search"]',
  'button',
  'input',
  'select',
  'textarea',
  'details:not([open])',
  '[role="button"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="menu"]',
].join(', ');
export const keep = (node: Node) =>
  !(node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(CONTROLS));

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
    '.chart-figure__chart :is(.recharts-wrapper > svg, [data-export-area], [data-chart-body], .chart-failed)',
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

/** Always copied: the box and text basics, whatever the stylesheets say. */
const BASIC_PROPERTIES = [
  'display',
  'box-sizing',
  'width',
  'height',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'fill',
  'stroke',
];

/** Longhand properties a rule or an inline style sets, so custom properties excluded. */
function collectProperties(style: CSSStyleDeclaration, into: Set<string>) {
  for (let i = 0; i < style.length; i += 1) {
    const name = style.item(i);
    if (!name.startsWith('--')) into.add(name);
  }
}

function collectRules(rules: CSSRuleList, into: Set<string>) {
  for (const rule of rules) {
    // By shape, not instanceof: the frame's rules come from its own window.
    if ('style' in rule && rule.style) collectProperties(rule.style as CSSStyleDeclaration, into);
    if ('cssRules' in rule && rule.cssRules) collectRules(rule.cssRules as CSSRuleList, into);
  }
}

/**
 * The only properties a node's style can differ from its tag's default in: those the page's
 * stylesheets or inline styles set (and what inherits from them). Copying just these, not all
 * ~400 computed properties of every node, is what makes a long page quick to draw.
 */
export function styledProperties(root: HTMLElement): string[] {
  const names = new Set(BASIC_PROPERTIES);
  for (const sheet of root.ownerDocument.styleSheets) {
    try {
      collectRules(sheet.cssRules, names);
    } catch {
      // another origin's stylesheet cannot be read; the page's own are what matter
    }
  }
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[style]'))
    collectProperties(element.style, names);
  return [...names];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Laid out and still in its document: a detached or empty node would draw a 0×0 canvas. */
const hasSize = (root: HTMLElement) =>
  root.isConnected && root.scrollWidth > 0 && root.scrollHeight > 0;

/**
 * The current page loaded again in an off-screen frame PAGE_EXPORT_WIDTH wide, once its heading
 * matches the live page's, nothing is loading and every chart is drawn (its WhenVisible parts
 * draw at once there, see EXPORT_FRAME_NAME). Null if that does not happen in time.
 */
async function desktopCopy(
  live: HTMLElement,
  prepare: (frame: HTMLIFrameElement) => void,
): Promise<{ frame: HTMLIFrameElement; root: HTMLElement } | null> {
  const frame = document.createElement('iframe');
  prepare(frame);
  frame.name = EXPORT_FRAME_NAME;
  frame.title = 'export';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = `position:fixed;top:0;left:${-PAGE_EXPORT_WIDTH - 100}px;width:${PAGE_EXPORT_WIDTH}px;height:900px;border:0;pointer-events:none`;
  frame.src = location.href;
  document.body.append(frame);
  const heading = live.querySelector('h1')?.textContent?.trim() ?? '';
  const until = Date.now() + FRAME_TIMEOUT_MS;
  try {
    while (Date.now() < until) {
      await pause(100);
      // An error page (offline) is another origin: reading it throws, and the live page is used.
      const doc = frame.contentDocument;
      const root = doc?.getElementById('main');
      if (!doc || !root || doc.readyState !== 'complete') continue;
      // Until the app runs, #root is the prerendered HTML (no data-live, see MarkLive): in
      // demo mode, real figures the app is about to replace.
      if (doc.getElementById('root')?.dataset.live !== 'true') continue;
      if ((root.querySelector('h1')?.textContent?.trim() ?? '') !== heading) continue;
      if (root.querySelector('.loading, .chart-placeholder')) continue;
      if (!drawn(root)) continue;
      await doc.fonts.ready;
      await chartsDrawn(root, 1000);
      // The copy may still swap its content (hydration moving to today, a revalidation): use it
      // only once the same #main has stayed in place, laid out, across a short pause.
      await pause(300);
      const settled = doc.getElementById('main');
      if (settled !== root || !hasSize(root)) continue;
      return { frame, root };
    }
  } catch {
    // fall through: no copy
  }
  frame.remove();
  return null;
}

/** The steps of a page image, in order: what the export menu's progress bar counts. */
export const PAGE_IMAGE_STEPS = ['copy', 'draw', 'save'] as const;
export type PageImageStep = (typeof PAGE_IMAGE_STEPS)[number];

/**
 * `prepareFrame` gets the off-screen frame before it loads: the page hands it its data there
 * (seedFrame), so the copy does not load, or in demo mode generate, everything again. `onStep`
 * hears each step as it begins.
 */
export async function exportPage(
  live: HTMLElement,
  lines: string[],
  fileName: string,
  showAllDeferred: () => void,
  prepareFrame: (frame: HTMLIFrameElement) => void = () => {},
  onStep: (step: PageImageStep) => void = () => {},
): Promise<void> {
  onStep('copy');
  const copy = await desktopCopy(live, prepareFrame);
  try {
    // Drawn from the copy only while it is still laid out; else from the page as shown.
    let root = copy && hasSize(copy.root) ? copy.root : undefined;
    if (!root) {
      // Charts below the fold render only when scrolled to; a page image needs them all.
      showAllDeferred();
      await chartsDrawn(live);
      root = live;
    }
    onStep('draw');
    await drawPage(root, lines, fileName, () => onStep('save'));
  } finally {
    copy?.frame.remove();
  }
}

async function drawPage(
  root: HTMLElement,
  lines: string[],
  fileName: string,
  onSave: () => void,
): Promise<void> {
  const scale = pageScale(root.scrollWidth, root.scrollHeight, PAGE_EXPORT_SCALE);
  const view = root.ownerDocument.defaultView ?? window;
  const background = view.getComputedStyle(root.ownerDocument.body).backgroundColor;
  const picture = await domToCanvas(root, {
    // The page styles no scrollbars: skipping their seven pseudo-elements per node saves time.
    features: { copyScrollbar: false },
    includeStyleProperties: styledProperties(root),
    scale,
    backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#f4f6f8' : background,
    filter: keep,
    onCreateForeignObjectSvg: (svg) => {
      for (const style of svg.querySelectorAll('style'))
        style.textContent = fixQuoteKeywords(style.textContent ?? '');
    },
  });
  onSave();
  downloadBlob(await stampCanvas(picture, lines, scale), fileName);
}
