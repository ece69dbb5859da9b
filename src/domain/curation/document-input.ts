// Turns a text file's bytes into the text the extractor reads, or a refusal saying why not. HTML is
// read as text (tags and scripts dropped, never run); DOCX and PDF are read by readDocument
// (src/lib/curation), which needs their libraries and refuses them by size here first.
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentInput = { ok: true; text: string } | { ok: false; message: string };

const TEXT_FORMATS = ['.txt', '.html', '.htm'];
const BINARY_FORMATS = ['.docx', '.pdf'];

/** The file name's extension, lower case with its dot ("" for none). */
export function documentExtension(name: string): string {
  return /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
}

/** The refusal of a document of this many bytes, or null when its size is acceptable. */
export function sizeRefusal(name: string, size: number): DocumentInput | null {
  if (size <= MAX_DOCUMENT_BYTES) return null;
  return {
    ok: false,
    message: `${name}: ${(size / 1024 / 1024).toFixed(1)} MB is too large (at most 5 MB)`,
  };
}

/** The text document's text, or why it is refused. */
export function readDocumentBytes(name: string, bytes: Uint8Array): DocumentInput {
  const ext = documentExtension(name);
  if (BINARY_FORMATS.includes(ext))
    return {
      ok: false,
      message: `${name}: ${ext} is not a text format (read it with readDocument)`,
    };
  if (!TEXT_FORMATS.includes(ext))
    return {
      ok: false,
      message: `${name}: unsupported format "${ext || 'no extension'}" (use .txt, .html, .docx or .pdf)`,
    };
  const tooLarge = sizeRefusal(name, bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.includes(0))
    return { ok: false, message: `${name}: binary content (NUL bytes), not a text document` };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD'))
    return { ok: false, message: `${name}: not UTF-8 text (save it as UTF-8 and try again)` };
  return { ok: true, text: ext === '.txt' ? text : htmlToText(text) };
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The readable text of an HTML page: scripts, styles and tags dropped, blocks as lines. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
