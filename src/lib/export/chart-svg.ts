// A chart as a standalone SVG file: the chart's <svg> serialised, with the stamp (title,
// as-of, source, export time) above it and the legend, which Recharts draws in HTML, redrawn
// as SVG below it. Fonts are named inline so the file renders Chinese on its own.
// A chart that writes some text in HTML over its SVG (the overview's progress chart) marks its
// box data-export-area and those texts data-export-text: they are redrawn as SVG text, in place.
import { SIMULATED_STAMP } from './stamp';
import { cutToWidth, EXPORT_FONT_FAMILY, STAMP, stampHeight, textWidth } from './text-layout';

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

type LegendItem = { label: string; color: string };

function legendItems(figure: Element): LegendItem[] {
  return [...figure.querySelectorAll('.recharts-legend-item')].map((item) => {
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
      `<rect x="${x}" y="${y - 2}" width="${LEGEND.swatch}" height="4" fill="${escapeXml(item.color)}"/>`,
      `<text x="${x + LEGEND.swatch + LEGEND.gap}" y="${y}" dominant-baseline="central" font-size="${LEGEND.size}" fill="${STAMP.ink}">${escapeXml(item.label)}</text>`,
    );
    x += w + LEGEND.itemGap;
  }
  const rows = items.length === 0 ? 0 : Math.round((y - top) / LEGEND.lineHeight + 0.5);
  return { markup: parts.join(''), height: rows * LEGEND.lineHeight };
}

function stampMarkup(lines: string[]): string {
  let y = STAMP.padding + STAMP.titleLineHeight / 2;
  return lines
    .map((line, i) => {
      const title = i === 0;
      const simulated = line === SIMULATED_STAMP;
      const size = title ? STAMP.titleSize : STAMP.lineSize;
      const fill = simulated ? STAMP.warn : title ? STAMP.ink : STAMP.muted;
      const text = `<text x="${STAMP.padding}" y="${y}" dominant-baseline="central" font-size="${size}"${title || simulated ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(line)}</text>`;
      y += title ? (STAMP.titleLineHeight + STAMP.lineHeight) / 2 : STAMP.lineHeight;
      return text;
    })
    .join('');
}

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

const round = (n: number) => Math.round(n * 10) / 10;

/** The figure's chart with the stamp lines above and its legend below, as SVG text. */
export function composeChartSvg(figure: Element, lines: string[]): ComposedSvg {
  const chart = findChartSvg(figure);
  if (!chart) throw new Error('the chart has not been drawn yet');
  // The svg alone, or the box that holds it and the chart's HTML texts.
  const area = chart.closest('[data-export-area]') ?? chart;
  const box = area.getBoundingClientRect();
  const svgBox = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  if (chartWidth === 0 || chartHeight === 0) throw new Error('the chart has no size');
  const top = stampHeight(lines.length);
  const legend = layoutLegend(legendItems(figure), chartWidth, top + chartHeight + 4);
  const width = chartWidth;
  const height = top + chartHeight + 4 + legend.height + STAMP.padding;
  const [svgWidth, svgHeight] = [Math.round(svgBox.width), Math.round(svgBox.height)];
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.setAttribute('x', String(round(svgBox.left - box.left)));
  copy.setAttribute('y', String(round(svgBox.top - box.top)));
  copy.setAttribute('width', String(svgWidth));
  copy.setAttribute('height', String(svgHeight));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${svgWidth} ${svgHeight}`);
  // In an export area the svg lets its edge ticks' labels spill into the area's margin.
  if (area !== chart) copy.setAttribute('overflow', 'visible');
  const inner =
    `<g transform="translate(0 ${top})">` +
    new XMLSerializer().serializeToString(copy) +
    (area === chart ? '' : htmlTextMarkup(area, box)) +
    `</g>`;
  const text =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">` +
    `<title>${escapeXml(lines[0] ?? '')}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    stampMarkup(lines) +
    inner +
    legend.markup +
    `</svg>`;
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}
