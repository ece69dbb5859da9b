// Shared sizes and the font for text drawn into exported images (SVG text and canvas).

/** The app's own stack (styles.css :root), so exported Chinese looks like the page. */
export const EXPORT_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export const STAMP = {
  padding: 16,
  titleSize: 16,
  lineSize: 12,
  titleLineHeight: 24,
  lineHeight: 18,
  ink: '#1d2125',
  muted: '#555d66',
  warn: '#a65e00',
} as const;

let measureContext: CanvasRenderingContext2D | null = null;

/** Width of a text in the export font, measured by the browser's own text shaper. */
export function textWidth(text: string, size: number, bold = false): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size;
  measureContext.font = `${bold ? '700 ' : ''}${size}px ${EXPORT_FONT_FAMILY}`;
  return measureContext.measureText(text).width;
}

/** `text` whole if it is at most `maxWidth` wide (by `width`), otherwise cut with "…" to fit. */
export function cutToWidth(text: string, maxWidth: number, width: (text: string) => number) {
  if (width(text) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n -= 1) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (width(cut) <= maxWidth) return cut;
  }
  return '…';
}
