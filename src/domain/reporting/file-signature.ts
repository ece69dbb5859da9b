// What a file that is not a report is, named from its first bytes or its zip parts, so a
// refusal can say what it found ("a PDF document", "a Word document") and not only what it wanted.
import type { Localized } from '../dataset/schema.ts';

const SIGNATURES: { bytes: number[]; what: Localized }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: { zh: 'PDF 文档', en: 'a PDF document' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: { zh: 'PNG 图片', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], what: { zh: 'JPEG 图片', en: 'a JPEG image' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: { zh: 'GIF 图片', en: 'a GIF image' } },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: { zh: 'RAR 压缩包', en: 'a RAR archive' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: { zh: '7z 压缩包', en: 'a 7z archive' } },
  { bytes: [0x1f, 0x8b], what: { zh: 'gzip 压缩文件', en: 'a gzip file' } },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: { zh: 'RTF 文档', en: 'an RTF document' } },
];

/** A known non-report file by its first bytes, or null. */
export function signatureOf(bytes: Uint8Array): Localized | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.what ?? null;
}

/** The office file a zip is, by its parts: an XLSX workbook, or something else named. */
export type ZipKind = { kind: 'xlsx' } | { kind: 'other'; what: Localized };

export function zipKindOf(names: readonly string[], mimetype?: string): ZipKind {
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet'))
    return {
      kind: 'other',
      what: { zh: 'OpenDocument 表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)' },
    };
  if (mimetype?.startsWith('application/vnd.oasis.opendocument'))
    return { kind: 'other', what: { zh: 'OpenDocument 文档', en: 'an OpenDocument file' } };
  if (names.includes('word/document.xml'))
    return { kind: 'other', what: { zh: 'Word 文档（.docx）', en: 'a Word document (.docx)' } };
  if (names.includes('ppt/presentation.xml'))
    return {
      kind: 'other',
      what: { zh: 'PowerPoint 演示文稿（.pptx）', en: 'a PowerPoint deck (.pptx)' },
    };
  return { kind: 'other', what: { zh: '压缩包（.zip）', en: 'a zip archive' } };
}

const UPLOAD_FIX: Localized = {
  zh: '上传填好的填报模板（.xlsx），或其“填报”表另存的 CSV 或 Unicode 文本（.txt）',
  en: 'upload the filled template (.xlsx), or its entry sheet saved as CSV or Unicode text (.txt)',
};

/** The refusal of a file that is none of the report's forms, naming what it is. */
export function notAReport(
  bytes: Uint8Array,
  fileName: string,
  isText: boolean,
): { what: Localized; fix: Localized } {
  const found = signatureOf(bytes);
  if (found)
    return {
      what: {
        zh: `“${fileName}”是${found.zh}，不是 XLSX、CSV 或 TXT 文件`,
        en: `"${fileName}" is ${found.en}, not an XLSX, CSV or TXT file`,
      },
      fix: UPLOAD_FIX,
    };
  if (isText)
    return {
      what: {
        zh: `“${fileName}”是文本文件，但扩展名不是 .csv 或 .txt`,
        en: `"${fileName}" is a text file, but not named .csv or .txt`,
      },
      fix: {
        zh: '如果它是“填报”表另存的文本，改名为 .csv（逗号分隔）或 .txt（制表符分隔）后上传',
        en: 'if it is the entry sheet saved as text, rename it .csv (commas) or .txt (tabs) and upload it',
      },
    };
  if (/\.(csv|txt)$/i.test(fileName))
    return {
      what: {
        zh: `“${fileName}”不是可识别的文本：既不是 UTF-8、UTF-16（带 BOM），也不是 GBK`,
        en: `"${fileName}" is not readable text: neither UTF-8, UTF-16 (with its BOM) nor GBK`,
      },
      fix: {
        zh: '在 Excel 中另存为“CSV UTF-8（逗号分隔）”后上传',
        en: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" and upload that',
      },
    };
  return {
    what: {
      zh: `“${fileName}”不是 XLSX、CSV 或 TXT 文件（无法识别的文件类型）`,
      en: `"${fileName}" is not an XLSX, CSV or TXT file (an unknown file type)`,
    },
    fix: UPLOAD_FIX,
  };
}
