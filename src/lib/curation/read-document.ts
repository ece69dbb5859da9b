// The one reader of a curation document, for the CLI (Node) and the /curate page (browser):
// .txt/.html on the pure path, .docx with mammoth and .pdf with pdf.js, each loaded only for its
// format. Never throws: every failure is a one-line message naming the file.
import {
  documentExtension,
  readDocumentBytes,
  sizeRefusal,
  type DocumentInput,
} from '../../domain/curation/document-input';
import { errorLine } from './error-line';

/** The text of a document file, or a one-line message saying why it is refused. */
export async function readDocument(name: string, bytes: Uint8Array): Promise<DocumentInput> {
  const ext = documentExtension(name);
  if (ext !== '.docx' && ext !== '.pdf') return readDocumentBytes(name, bytes);
  const tooLarge = sizeRefusal(name, bytes.length);
  if (tooLarge) return tooLarge;
  try {
    if (ext === '.pdf') return await (await import('./read-pdf')).readPdf(name, bytes);
    return await (await import('./read-docx')).readDocx(name, bytes);
  } catch (error) {
    return { ok: false, message: `${name}: could not be read (${errorLine(error)})` };
  }
}
