// Turning exported drawings into PNG files in the browser.
import { layoutStamp } from './stamp-layout';
import { EXPORT_FONT_FAMILY, STAMP, textWidth } from './text-layout';

const toPngBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  return ctx;
}

/** Draws an SVG text at `scale` × its size (the browser's own renderer, system CJK fonts). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context(canvas).drawImage(image, 0, 0, canvas.width, canvas.height);
    return await toPngBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A picture with the stamp lines drawn in a white band above it, wrapped to its width. */
export function stampCanvas(
  picture: HTMLCanvasElement,
  lines: string[],
  scale: number,
): Promise<Blob> {
  const stamp = layoutStamp(lines, picture.width / scale, textWidth);
  const band = Math.round(stamp.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = band + picture.height;
  const ctx = context(canvas);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'middle';
  for (const row of stamp.rows) {
    ctx.font = `${row.bold ? '700 ' : ''}${row.size * scale}px ${EXPORT_FONT_FAMILY}`;
    ctx.fillStyle = row.fill;
    ctx.fillText(row.text, STAMP.padding * scale, row.y * scale);
  }
  ctx.drawImage(picture, 0, band);
  return toPngBlob(canvas);
}
