// Loaded on demand when someone exports a chart: SVG as composed, PNG drawn from that SVG at
// twice the on-screen size, so both files show exactly the same picture.
import { composeChartSvg } from './chart-svg';
import { downloadBlob } from './download';
import { svgToPng } from './raster';

export const CHART_PNG_SCALE = 2;

export async function exportChart(
  figure: Element,
  lines: string[],
  format: 'png' | 'svg',
  fileName: string,
): Promise<void> {
  const svg = composeChartSvg(figure, lines);
  const blob =
    format === 'svg'
      ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(svg.text, svg.width, svg.height, CHART_PNG_SCALE);
  downloadBlob(blob, fileName);
}
