// Documents made for the reader tests: Word files with the docx package, PDFs written by hand (a
// PDF is text with byte offsets), so every fixture says in code exactly what it holds.
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { PNG } from 'pngjs';

/** A Word file with one paragraph per string. */
export async function docxOf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A 4×4 grey PNG. */
export function tinyPng(): Uint8Array {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(128);
  return new Uint8Array(PNG.sync.write(png));
}

/** A Word file whose only content is an embedded picture (a scanned page pasted in). */
export async function imageOnlyDocx(): Promise<Uint8Array> {
  const image = new ImageRun({
    type: 'png',
    data: tinyPng(),
    transformation: { width: 40, height: 40 },
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [image] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A PDF of the given objects (1 is the catalog), with a correct cross-reference table. */
export function pdfOf(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

const stream = (content: string, dict = '') =>
  `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** A one-page PDF whose page shows only a picture: what a scanner makes, with no text layer. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = String.fromCharCode(0, 255, 255, 0);
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    stream(
      pixels,
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
    ),
    stream('q 500 0 0 700 48 70 cm /Im1 Do Q'),
  ]);
}

/** The page geometry of cjkPdf: A4, 10.5 pt type, every glyph one em wide (the font's default). */
export const CJK_PAGE = { size: 10.5, left: 72, top: 770, leading: 18 };

/**
 * A PDF of Chinese text with the standard STSong-Light font (not embedded, as many government
 * PDFs have it): each page a list of lines, each line drawn at its own baseline, a line that is
 * an object `{ indent }` shifted right by that many ems. Reading it back needs pdf.js's CMaps.
 */
export function cjkPdf(
  pages: readonly (readonly (string | { text: string; indent: number })[])[],
): Uint8Array {
  const { size, left, top, leading } = CJK_PAGE;
  const pageIds = pages.map((_, i) => 5 + i * 2);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 99 0 R /DW 1000 >>',
  ];
  pages.forEach((lines, p) => {
    const content = lines
      .map((line, i) => {
        const { text, indent } = typeof line === 'string' ? { text: line, indent: 0 } : line;
        const hex = [...text]
          .map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0'))
          .join('');
        return `BT /F1 ${size} Tf 1 0 0 1 ${left + indent * size} ${top - i * leading} Tm <${hex}> Tj ET`;
      })
      .join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[p]! + 1} 0 R >>`,
      stream(content),
    );
  });
  // The font descriptor goes last; its number is fixed up once the page objects are counted.
  const descriptor = objects.length + 1;
  objects[3] = objects[3]!.replace('99 0 R', `${descriptor} 0 R`);
  objects.push(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  return pdfOf(objects);
}

/**
 * Paragraphs laid out as a PDF would: the first line indented two ems, each line filled to
 * `perLine` ems and wrapped, then cut into pages of `linesPerPage` lines with a page number
 * ("— n —") under each.
 */
export function layOutParagraphs(
  paragraphs: readonly string[],
  perLine: number,
  linesPerPage: number,
) {
  const lines: { text: string; indent: number }[] = [];
  for (const paragraph of paragraphs) {
    const chars = [...paragraph];
    let room = perLine - 2;
    let indent = 2;
    while (chars.length > 0) {
      lines.push({ text: chars.splice(0, room).join(''), indent });
      room = perLine;
      indent = 0;
    }
  }
  const pages: (string | { text: string; indent: number })[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage)
    pages.push([
      ...lines.slice(i, i + linesPerPage),
      { text: `— ${pages.length + 1} —`, indent: perLine / 2 - 2 },
    ]);
  return pages;
}

/**
 * A PDF encrypted with the standard security handler under a user password: its /U entry is not
 * what the empty password gives, so a reader must ask for the password (pdf.js: PasswordException).
 */
export function passwordPdf(): Uint8Array {
  const hex32 = (seed: number) =>
    Array.from({ length: 32 }, (_, i) =>
      ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0'),
    ).join('');
  const bytes = pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -4 >>`,
  ]);
  // The trailer names the encryption dictionary and the file identifier the key derives from.
  const text = new TextDecoder('latin1')
    .decode(bytes)
    .replace(
      '/Root 1 0 R',
      '/Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]',
    );
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
