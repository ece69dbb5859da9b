// pdf.js in a browser: its modern build, its worker served as an asset of the build.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfEngine } from './load-pdfjs';

/** pdf.js with its worker set up; CMaps are not served, so unembedded CJK fonts read as nothing. */
export function browserEngine(): PdfEngine {
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return { pdfjs, cMapUrl: undefined };
}
