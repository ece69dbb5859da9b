// A chart as a standalone SVG file: the chart's <svg> serialised, with the stamp (title, as-of,
// source, export time) above it and the legend, which is HTML on screen, redrawn as SVG below
// it. Own SVG charts write some text in HTML over their SVG; it is redrawn as SVG text where it
// was laid out: a stretched chart with HTML axis labels ([data-chart-body], labels
// [data-chart-text]), or a box holding an SVG and HTML lines ([data-export-area], texts
// [data-export-text], cut with "…" as the page shows them). Fonts are named inline so the file
// renders Chinese on its own.
import { layoutStamp, type StampRow } from './stamp-layout';
import { cutToWidth, EXPORT_FONT_FAMILY, STAMP, textWidth } from './text-layout';

export type ComposedSvg = { text: string; width: number; height: number };

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND = { size: 12, swatch: 14, gap: 6, itemGap: 18, lineHeight: 22 } as const;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );

/** The chart's own drawing surface (not the little legend icons, which are svgs too). */
export function findChartSvg(figure: Element): SVGSVGElement | null {
  return (
    figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    figure.querySelector<SVGSVGElement>('.chart-figure__chart svg')
  );
}

/** `tick`: a short upright bar (the overview's expected-by-now mark); else a line swatch. */
type LegendItem = { label: string; color: string; tick?: boolean };

function legendItems(figure: Element): LegendItem[] {
  return [...figure.querySelectorAll('.recharts-legend-item, [data-legend-color]')].map((item) => {
    const own = item.getAttribute('data-legend-color');
    const tick = item.getAttribute('data-legend-mark') === 'tick';
    if (own)
      return { label: item.textContent?.trim() ?? '', color: own, ...(tick ? { tick } : {}) };
    const mark = item.querySelector('path, line, circle, rect');
    const stroke = mark?.getAttribute('stroke');
    const fill = mark?.getAttribute('fill');
    const color = stroke && stroke !== 'none' ? stroke : fill && fill !== 'none' ? fill : '#555';
    return { label: item.textContent?.trim() ?? '', color };
  });
}

function layoutLegend(items: LegendItem[], width: number, top: number) {
  let x = STAMP.padding;
  let y = top + LEGEND.lineHeight / 2;
  const parts: string[] = [];
  for (const item of items) {
    const w = LEGEND.swatch + LEGEND.gap + textWidth(item.label, LEGEND.size);
    if (x > STAMP.padding && x + w > width - STAMP.padding) {
      x = STAMP.padding;
      y += LEGEND.lineHeight;
    }
    parts.push(
      item.tick
        ? `<rect x="${x + LEGEND.swatch / 2 - 1.5}" y="${y - 7}" width="3" height="14" fill="${escapeXml(item.color)}"/>`
        : `<rect x="${x}" y="${y - 2}" width="${LEGEND.swatch}" height="4" fill="${escapeXml(item.color)}"/>`,
      `<text x="${x + LEGEND.swatch + LEGEND.gap}" y="${y}" dominant-baseline="central" font-size="${LEGEND.size}" fill="${STAMP.ink}">${escapeXml(item.label)}</text>`,
    );
    x += w + LEGEND.itemGap;
  }
  const rows = items.length === 0 ? 0 : Math.round((y - top) / LEGEND.lineHeight + 0.5);
  return { markup: parts.join(''), height: rows * LEGEND.lineHeight };
}

function stampMarkup(rows: readonly StampRow[]): string {
  return rows
    .map(
      (row) =>
        `<text x="${STAMP.padding}" y="${round(row.y)}" dominant-baseline="central" font-size="${row.size}"${row.bold ? ' font-weight="700"' : ''} fill="${row.fill}">${escapeXml(row.text)}</text>`,
    )
    .join('');
}

/** An <svg> copied into the file at (x, y), at the size it was laid out. */
function placedSvg(svg: SVGSVGElement, x: number, y: number, box: DOMRect): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.setAttribute('x', String(Math.round(x)));
  copy.setAttribute('y', String(Math.round(y)));
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  if (!copy.hasAttribute('viewBox'))
    copy.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  // Hidden marks (a date tick a narrow chart leaves out) stay out of the file too.
  for (const mark of copy.querySelectorAll('[data-tier]')) {
    const original = svg.querySelector(`[data-tier="${mark.getAttribute('data-tier')}"]`);
    if (original && getComputedStyle(original).visibility === 'hidden') mark.remove();
  }
  return new XMLSerializer().serializeToString(copy);
}

/** The HTML labels of an own SVG chart as SVG text, where they were laid out relative to `body`. */
function labelsMarkup(body: Element): string {
  const origin = body.getBoundingClientRect();
  return [...body.querySelectorAll<HTMLElement>('[data-chart-text]')]
    .filter((label) => getComputedStyle(label).visibility === 'visible')
    .map((label) => {
      const box = label.getBoundingClientRect();
      const style = getComputedStyle(label);
      const anchor = label.getAttribute('data-chart-text') === 'end' ? 'end' : 'middle';
      const x = (anchor === 'end' ? box.right : box.left + box.width / 2) - origin.left;
      const y = box.top + box.height / 2 - origin.top;
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" dominant-baseline="central" font-size="${parseFloat(style.fontSize) || 12}" fill="${escapeXml(style.color)}">${escapeXml(label.textContent ?? '')}</text>`;
    })
    .join('');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The HTML texts of an export area as SVG text, where and as the page shows them (cut with "…"). */
function htmlTextMarkup(area: Element, box: DOMRect): string {
  return [...area.querySelectorAll<HTMLElement>('[data-export-text]')]
    .map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize) || 12;
      const text = cutToWidth(el.textContent ?? '', r.width + 0.5, (t) => textWidth(t, size));
      const weight =
        style.fontWeight === '400' ? '' : ` font-weight="${escapeXml(style.fontWeight)}"`;
      return `<text x="${round(r.left - box.left)}" y="${round(r.top - box.top + r.height / 2)}" dominant-baseline="central" font-size="${size}"${weight} fill="${escapeXml(style.color)}">${escapeXml(text)}</text>`;
    })
    .join('');
}

/** The chart's picture (its svg, and for an own SVG chart its HTML texts) from (0, 0), and its size. */
function chartMarkup(figure: Element) {
  const body = figure.querySelector('[data-chart-body]');
  const chart =
    body?.querySelector<SVGSVGElement>('svg[data-chart-surface]') ?? findChartSvg(figure);
  if (!chart) throw new Error('the chart has not been drawn yet');
  const area = body ?? chart.closest('[data-export-area]');
  const box = (area ?? chart).getBoundingClientRect();
  const size = { width: Math.round(box.width), height: Math.round(box.height) };
  if (size.width === 0 || size.height === 0) throw new Error('the chart has no size');
  if (!area) return { ...size, markup: placedSvg(chart, 0, 0, chart.getBoundingClientRect()) };
  const surface = chart.getBoundingClientRect();
  const svg = placedSvg(chart, surface.left - box.left, surface.top - box.top, surface);
  if (body) return { ...size, markup: svg + labelsMarkup(body) };
  // In an export area the svg lets its edge ticks' labels spill into the area's margin.
  const spilling = chart.hasAttribute('overflow')
    ? svg
    : svg.replace(/^<svg /, '<svg overflow="visible" ');
  return {
    ...size,
    markup: spilling + htmlTextMarkup(area, box),
  };
}

/** The figure's chart with the stamp lines above (wrapped to its width) and its legend below. */
export function composeChartSvg(figure: Element, lines: string[]): ComposedSvg {
  const chart = chartMarkup(figure);
  const { width, height: chartHeight } = chart;
  const stamp = layoutStamp(lines, width, textWidth);
  const top = stamp.height;
  const legend = layoutLegend(legendItems(figure), width, top + chartHeight + 4);
  const height = top + chartHeight + 4 + legend.height + STAMP.padding;
  const text =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">` +
    `<title>${escapeXml(lines[0] ?? '')}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    stampMarkup(stamp.rows) +
    `<g transform="translate(0 ${top})">${chart.markup}</g>` +
    legend.markup +
    `</svg>`;
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}
