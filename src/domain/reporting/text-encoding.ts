// How a report saved as text is encoded, the way the office software that saved it encodes it:
// a byte-order mark first (Excel's "Unicode text" is UTF-16LE with one, "CSV UTF-8" has one),
// then strict UTF-8, then GB18030 (Excel's plain CSV on Chinese Windows is GBK, a subset).
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const decodes = (bytes: Uint8Array, encoding: TextEncoding): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The encoding these bytes are text in, or null when they are not text (NUL bytes, invalid). */
export function textEncodingOf(bytes: Uint8Array): TextEncoding | null {
  // A UTF-16 file is full of NUL bytes: its mark is read before the binary test.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodes(bytes, 'utf-16le') ? 'utf-16le' : null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodes(bytes, 'utf-16be') ? 'utf-16be' : null;
  if (bytes.includes(0)) return null;
  if (decodes(bytes, 'utf-8')) return 'utf-8';
  if (decodes(bytes, 'gb18030')) return 'gb18030';
  return null;
}

/** The text without its byte-order mark, or null when it is not text. */
export function decodeReportText(
  bytes: Uint8Array,
): { text: string; encoding: TextEncoding } | null {
  const encoding = textEncodingOf(bytes);
  if (!encoding) return null;
  // TextDecoder drops the byte-order mark of the encoding it decodes.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Tab when the first line (the template's version row) is tab-separated, else comma. */
export function delimiterOf(text: string): '\t' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') ? '\t' : ',';
}
