// Writes a WordBriefing (domain/exports/word-briefing) as a .docx with real Word styles: Title,
// Heading1/Heading2 in 黑体, body in 仿宋 (Chinese official-document conventions), a table style
// with a repeating header row, and a page-number field in the footer. Loaded only on demand:
// it pulls in the docx library (its own chunk).
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocBlock, DocTable, WordBriefing } from '../../domain/exports/word-briefing';
import { docxStyles, FONTS, TABLE_STYLE_ID, TABLE_STYLE_XML } from './docx-styles';

/** A4 in twentieths of a point, with the margins of GB/T 9704 (37/35 mm top/bottom, 28/26 mm sides). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const NUMBERED = 'briefing-numbered';

function table({ header, rows, widths }: DocTable): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
      children: [new Paragraph({ style: head ? 'TableHeading' : 'TableText', text })],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, i, true)),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, i, false)) }),
      ),
    ],
  });
}

function blockOut(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ style: 'Title', text: block.text })];
    case 'heading':
      return [new Paragraph({ style: `Heading${block.level}`, text: block.text })];
    case 'paragraph':
      return [
        new Paragraph({
          style:
            block.tone === 'meta'
              ? 'BriefingMeta'
              : block.tone === 'warning'
                ? 'BriefingWarning'
                : undefined,
          text: block.text,
        }),
      ];
    case 'numbered':
      return block.items.map(
        (text) =>
          new Paragraph({
            style: 'BriefingList',
            text,
            numbering: { reference: NUMBERED, level: 0 },
          }),
      );
    case 'table':
      return [
        table(block.table),
        // Word needs a paragraph between two tables, or it joins them.
        new Paragraph({ style: 'TableText', text: '' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** "— {page} —" or "Page {page} of {pages}": the footer's words around PAGE / NUMPAGES fields. */
function footer(template: string): Footer {
  const children = template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
  return new Footer({
    children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children })],
  });
}

/** The .docx file's bytes. */
export async function docxBytes(
  briefing: WordBriefing,
  meta: { title: string; creator: string },
): Promise<Uint8Array> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: docxStyles(briefing.language),
    theme: {
      fonts: {
        headings: { latin: FONTS.heading.ascii, eastAsia: FONTS.heading.eastAsia },
        body: { latin: FONTS.body.ascii, eastAsia: FONTS.body.eastAsia },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 480, hanging: 480 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: { default: footer(briefing.footer) },
        children: briefing.blocks.flatMap(blockOut),
      },
    ],
  });
  return withTableStyle(new Uint8Array(await Packer.toArrayBuffer(doc)));
}

/**
 * The docx library writes paragraph and character styles only; the table style is added to
 * word/styles.xml afterwards (its own `importedStyles` would replace the default styles).
 */
async function withTableStyle(bytes: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  if (!styles) return bytes;
  files['word/styles.xml'] = strToU8(
    strFromU8(styles).replace('</w:styles>', `${TABLE_STYLE_XML}</w:styles>`),
  );
  return zipSync(files, { level: 6 });
}
