// A Word file's text with mammoth, loaded only for a .docx: each paragraph on its own line.
import type { DocumentInput } from '../../domain/curation/document-input';
import { expandedSize } from '../reporting/zip-expanded-size';
import { errorLine } from './error-line';

/** A .docx may not unzip to more than this: past it, it is a zip bomb rather than a document. */
const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// Word saves a password-protected file (and an old .doc) as an OLE compound file, not a zip.
const isCompoundFile = (b: Uint8Array) =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The text of a .docx, or why it cannot be read. */
export async function readDocx(name: string, bytes: Uint8Array): Promise<DocumentInput> {
  if (isCompoundFile(bytes))
    return refuse(
      name,
      'this Word file is password-protected (or an old .doc); save it as an unprotected .docx',
    );
  if (!isZip(bytes))
    return refuse(name, 'not a Word .docx file (its bytes are not a .docx package)');
  const size = await expandedSize(bytes, MAX_DOCX_EXPANDED_BYTES);
  if (!size.ok)
    return refuse(
      name,
      size.reason === 'damaged'
        ? 'this Word file is damaged (its zip cannot be read)'
        : 'this Word file unpacks to more than 100 MB; refused',
    );
  const { default: mammoth } = await import('mammoth');
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both get the same bytes.
  // A copy: a Node Buffer's .buffer is a shared pool far larger than the file.
  const data = new Uint8Array(bytes).buffer;
  let text: string;
  try {
    text = (
      await mammoth.extractRawText({ arrayBuffer: data, buffer: data } as {
        arrayBuffer: ArrayBuffer;
      })
    ).value;
  } catch (error) {
    return refuse(name, `this Word file is damaged or not a Word document (${errorLine(error)})`);
  }
  if (text.trim() === '') return refuse(name, 'this Word file holds no text (images only?)');
  return { ok: true, text: text.replace(/\n{3,}/g, '\n\n').trim() };
}

const refuse = (name: string, why: string): DocumentInput => ({
  ok: false,
  message: `${name}: ${why}`,
});
