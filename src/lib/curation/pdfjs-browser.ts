// pdf.js in a browser: its modern build, its worker and its CMaps served as assets of the build.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfEngine } from './load-pdfjs';

// The CMaps a PDF may name for a CJK font it does not embed (UniGB-UCS2-H…): each an asset of the
// build (1.7 MB in all), fetched only by a PDF that needs it, by its own hashed name.
// Not inlined: a data: URL would swell this chunk, and the CSP's connect-src refuses it anyway.
const CMAP_URLS = new Map(
  Object.entries(
    import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** Hands pdf.js the CMaps from the build's assets (it would otherwise need a folder of them). */
class BundledCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? CMAP_URLS.get(filename) : undefined;
    if (!url) throw new Error(`pdf.js ${kind} data "${filename}" is not bundled`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** pdf.js with its worker set up, CMaps fetched through the page. */
export function browserEngine(): PdfEngine {
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return { pdfjs, options: { BinaryDataFactory: BundledCMaps, useWorkerFetch: false } };
}
