// Loaded on demand: the whole current page (its main content, however long) as one PNG, with
// the stamp band on top. snapDOM draws the DOM through an SVG foreignObject. Media queries
// follow the viewport, so on a screen narrower than the desktop layout the page is loaded again
// in an off-screen frame of desktop width and drawn from there: a phone's export is the desktop
// picture. A screen at least that wide already shows that layout and is drawn as it is.
import { snapdom } from '@zumer/snapdom';
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

/** Set by the stylesheets, but never seen in a still picture (or, for outline, only on focus). */
const NOT_DRAWN =
  /^(transition|animation|cursor|pointer-events|touch-action|accent-color|outline|caret|user-select|will-change|scroll|break-|print-color-adjust|text-size-adjust|size$)/;

/**
 * The only properties a node's style can differ from its tag's default in: those the page's
 * stylesheets or inline styles set (and what inherits from them), less those a picture never
 * shows. Copying just these, not all ~400 computed properties of every node, is what makes a
 * long page quick to draw.
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
  return [...names].filter((name) => !NOT_DRAWN.test(name));
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
  const laidOutAsDesktop = window.innerWidth >= PAGE_EXPORT_WIDTH;
  const copy = laidOutAsDesktop ? null : await desktopCopy(live, prepareFrame);
  try {
    // Drawn from the copy only while it is still laid out; else from the page as shown (which,
    // on a desktop screen, is laid out as the copy would be).
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
  const drawnProperties = new Set(styledProperties(root));
  const picture = await snapdom.toCanvas(root, {
    scale,
    // `scale` already holds the pixel density: the picture is the same on every screen.
    dpr: 1,
    backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#f4f6f8' : background,
    // A dropped node takes its whole subtree, and the layout closes up behind it.
    filter: keep,
    filterMode: 'remove',
    excludeStyleProps: (property) => !drawnProperties.has(property),
    // The page uses the system's fonts (Noto CJK); there are no web fonts to embed.
    embedFonts: false,
  });
  onSave();
  downloadBlob(await stampCanvas(picture, lines, scale), fileName);
}
