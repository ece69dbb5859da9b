// A PDF's text with pdf.js, loaded only for a .pdf: the text runs of each page grouped into lines
// by position, then the lines the layout wrapped joined back into their sentences.
import type { DocumentInput } from '../../domain/curation/document-input';
import { joinWrappedLines } from '../../domain/curation/join-wrapped-lines';
import {
  isGarbled,
  layOutPages,
  linesOfPage,
  type PageLine,
  type TextRun,
} from '../../domain/curation/pdf-lines';
import { loadPdfjs } from './load-pdfjs';
import { errorLine } from './error-line';

// "%PDF-" must stand in the first 1024 bytes (ISO 32000: readers accept leading junk up to there).
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

type Item = {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
};

function toRun(item: Item): TextRun | null {
  if (typeof item.str !== 'string' || !item.transform) return null;
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  return {
    str: item.str,
    x,
    y,
    width: item.width ?? 0,
    size: item.height || Math.hypot(c, d),
    hasEOL: !!item.hasEOL,
  };
}

/** The text of a .pdf, or why it cannot be read. */
export async function readPdf(name: string, bytes: Uint8Array): Promise<DocumentInput> {
  const refuse = (why: string): DocumentInput => ({ ok: false, message: `${name}: ${why}` });
  if (!looksLikePdf(bytes)) return refuse('not a PDF (it does not start with %PDF)');
  const { pdfjs, options } = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js hands its data to the worker, which detaches it: give it a copy (and a plain
    // Uint8Array, which a Node Buffer is not to pdf.js).
    data: new Uint8Array(bytes),
    ...options,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw Object.assign(new Error(errorLine(error)), { opening: error });
    });
    const pages: PageLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        linesOfPage((content.items as Item[]).map(toRun).filter((r): r is TextRun => r !== null)),
      );
      page.cleanup();
    }
    const text = joinWrappedLines(layOutPages(pages));
    if (text === '')
      return refuse(
        'this PDF has no text layer (a scanned image?); run OCR first or paste the text',
      );
    if (isGarbled(text))
      return refuse(
        'this PDF’s text cannot be read (its fonts map no Unicode characters); run OCR first or paste the text',
      );
    return { ok: true, text };
  } catch (error) {
    const opening = (error as { opening?: unknown }).opening;
    if ((opening as { name?: string } | undefined)?.name === 'PasswordException')
      return refuse('this PDF is password-protected; remove the password or paste the text');
    return refuse(`this PDF is damaged and cannot be read (${errorLine(error)})`);
  } finally {
    await task.destroy();
  }
}
