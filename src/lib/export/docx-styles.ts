// The Word briefing's styles, in the conventions of Chinese official documents (GB/T 9704):
// headings in 黑体, body in 仿宋 at 三号 (16 pt), tables at 五号 (10.5 pt). Each Chinese font is
// declared by its Chinese name for East Asian text with its Windows name for the rest (SimHei,
// FangSong), and the theme names them again, so Word, WPS and LibreOffice each find one.
import type { IStylesOptions } from 'docx';

export const FONTS = {
  heading: { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei', cs: 'SimHei' },
  body: { eastAsia: '仿宋', ascii: 'FangSong', hAnsi: 'FangSong', cs: 'FangSong' },
} as const;

/** Half-points, as Word counts font sizes. */
const SIZE = { title: 44, h1: 32, h2: 30, body: 32, meta: 24, list: 24, table: 21 } as const;

export const TABLE_STYLE_ID = 'BriefingTable';

const border = (side: string, sz: number) =>
  `<w:${side} w:val="single" w:sz="${sz}" w:space="0" w:color="404040"/>`;

/** A real table style (Word lists it under Table Styles): rules, cell margins, bold first row. */
export const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="260" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/></w:rPr><w:tblPr><w:tblBorders>${border('top', 8)}${border('left', 4)}${border('bottom', 8)}${border('right', 4)}${border('insideH', 4)}${border('insideV', 4)}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8ECF0"/></w:tcPr></w:tblStylePr></w:style>`;

/** Paragraph styles: Title, Heading1/2, Normal, and the briefing's own meta, warning and table text. */
export function docxStyles(language: 'zh' | 'en'): IStylesOptions {
  const lang = { eastAsia: 'zh-CN', value: language === 'zh' ? 'zh-CN' : 'en-US' };
  return {
    default: {
      document: {
        run: { font: FONTS.body, size: SIZE.body, language: lang },
        paragraph: { spacing: { line: 360, after: 60 } },
      },
      title: {
        run: { font: FONTS.heading, size: SIZE.title, bold: false, color: '000000' },
        paragraph: { alignment: 'center', spacing: { before: 240, after: 240 } },
      },
      heading1: {
        run: { font: FONTS.heading, size: SIZE.h1, bold: false, color: '000000' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONTS.heading, size: SIZE.h2, bold: false, color: '000000' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'BriefingMeta',
        name: 'Briefing Meta',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZE.meta, color: '404040' },
        paragraph: { spacing: { line: 300, after: 0 } },
      },
      {
        id: 'BriefingWarning',
        name: 'Briefing Warning',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONTS.heading, size: SIZE.meta, color: '9C2A00' },
      },
      {
        // 需关注 and the sources: many lines, set at 小四 (12 pt) so page 1 also holds the summary.
        id: 'BriefingList',
        name: 'Briefing List',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZE.list },
        paragraph: { spacing: { line: 276, after: 20 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZE.table },
        paragraph: { spacing: { line: 260, after: 0, before: 0 } },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        quickFormat: true,
        run: { font: FONTS.heading, size: SIZE.table },
        paragraph: { keepNext: true },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 28 },
        paragraph: { alignment: 'center' },
      },
    ],
  };
}
