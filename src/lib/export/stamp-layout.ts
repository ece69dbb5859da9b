// Where the stamp's lines (title, as-of and source, export time…) go above an exported image:
// each wrapped to the image's width, so a long English title or source line is never cut.
// Shared by the chart SVG and the page PNG; pure, given how wide a text is at a size.
import { SIMULATED_STAMP } from './stamp';
import { STAMP } from './text-layout';
import { fitText } from './wrap-text';

export type StampRow = {
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  /** The row's vertical centre, from the top of the image. */
  y: number;
};

/** Smallest type a stamp line shrinks to before a word too long for the width may overflow. */
const MIN_SIZE = { title: 12, line: 9 } as const;

export function layoutStamp(
  lines: readonly string[],
  width: number,
  widthAt: (text: string, size: number, bold: boolean) => number,
): { rows: StampRow[]; height: number } {
  const maxWidth = width - STAMP.padding * 2;
  const rows: StampRow[] = [];
  let y = STAMP.padding;
  lines.forEach((line, i) => {
    const title = i === 0;
    const simulated = line === SIMULATED_STAMP;
    const bold = title || simulated;
    const base = title ? STAMP.titleSize : STAMP.lineSize;
    const fitted = fitText(line, maxWidth, base, title ? MIN_SIZE.title : MIN_SIZE.line, (t, s) =>
      widthAt(t, s, bold),
    );
    const lineHeight = (title ? STAMP.titleLineHeight : STAMP.lineHeight) * (fitted.size / base);
    for (const text of fitted.lines) {
      rows.push({
        text,
        size: fitted.size,
        bold,
        fill: simulated ? STAMP.warn : title ? STAMP.ink : STAMP.muted,
        y: y + lineHeight / 2,
      });
      y += lineHeight;
    }
  });
  return { rows, height: Math.ceil(y + STAMP.padding) };
}
