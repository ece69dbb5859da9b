// The reporting template (填报模板): its version, sheet names and entry columns. The template
// writer, the workbook reader, the checks and the CLI all read this one list, so a column
// cannot be renamed in one place and not in another.
import type { Localized } from '../dataset/schema.ts';

/** Bump when a column is added, removed or moved; older or newer files are refused. */
export const TEMPLATE_VERSION = 'pt-report-v1';
/** Row 1 of the entry sheet (and of its CSV export) starts with this, then the version. */
export const VERSION_LABEL = '模板版本 Template version';

export const SHEET_GUIDE = '填报说明';
export const SHEET_REFERENCE = '指标参考';
export const SHEET_ENTRY = '填报';

/** Excel row numbers: row 1 carries the version, row 2 the headers, data from row 3. */
export const VERSION_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const MAX_DATA_ROWS = 10_000;
/** Checked before a byte is parsed. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;
/** A workbook's size once unzipped: 10,000 full rows take about 20 MB; a zip bomb far more. */
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;

export type ColumnKey =
  | 'indicator'
  | 'asOf'
  | 'value'
  | 'sourceKind'
  | 'titleZh'
  | 'titleEn'
  | 'publisherZh'
  | 'publisherEn'
  | 'outletZh'
  | 'outletEn'
  | 'published'
  | 'url'
  | 'quote'
  | 'noteZh'
  | 'noteEn';

export interface ColumnSpec {
  key: ColumnKey;
  name: Localized;
  /** What to type, shown in the guide and as the cell's input message. */
  help: Localized;
  width: number;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'indicator',
    name: { zh: '指标编号', en: 'Indicator id' },
    help: {
      zh: '从下拉列表选择；名称见“指标参考”表',
      en: 'Pick from the list; names are on the reference sheet',
    },
    width: 34,
  },
  {
    key: 'asOf',
    name: { zh: '截至日期', en: 'As of' },
    help: {
      zh: '数字所截至的日期，日期格式或 YYYY-MM-DD；全年数字填该年12月31日',
      en: 'The day the figure is as of (a date, or YYYY-MM-DD); a whole year is 31 December',
    },
    width: 14,
  },
  {
    key: 'value',
    name: { zh: '数值', en: 'Value' },
    help: {
      zh: '只填数字，如 18500；“28万”会换算为 280000；不要写“约”“余”，写在备注里',
      en: 'A number only, e.g. 18500; "28万" is converted to 280000; no "about": say so in the note',
    },
    width: 12,
  },
  {
    key: 'sourceKind',
    name: { zh: '来源类型', en: 'Source kind' },
    help: {
      zh: '官方网站、新闻媒体、转载或内部报送',
      en: 'Official website, news media, repost or internal report',
    },
    width: 16,
  },
  {
    key: 'titleZh',
    name: { zh: '文件标题（中文）', en: 'Document title (Chinese)' },
    help: { zh: '文件或报道的标题', en: 'Title of the document or article' },
    width: 30,
  },
  {
    key: 'titleEn',
    name: { zh: '文件标题（英文）', en: 'Document title (English)' },
    help: { zh: '标题的英文译名', en: 'The title in English' },
    width: 30,
  },
  {
    key: 'publisherZh',
    name: { zh: '发布/报送单位（中文）', en: 'Publisher or reporting unit (Chinese)' },
    help: {
      zh: '发布单位；内部报送填报送单位',
      en: 'Who published it; for an internal report, the reporting unit',
    },
    width: 22,
  },
  {
    key: 'publisherEn',
    name: { zh: '发布/报送单位（英文）', en: 'Publisher or reporting unit (English)' },
    help: { zh: '单位的英文名', en: 'The unit in English' },
    width: 22,
  },
  {
    key: 'outletZh',
    name: { zh: '原载媒体（中文，仅转载）', en: 'Original outlet (Chinese, reposts only)' },
    help: {
      zh: '仅转载填写：页面注明的原载媒体，如“来源：北京日报”',
      en: 'Reposts only: the outlet the page credits, e.g. Beijing Daily',
    },
    width: 18,
  },
  {
    key: 'outletEn',
    name: { zh: '原载媒体（英文，仅转载）', en: 'Original outlet (English, reposts only)' },
    help: { zh: '原载媒体的英文名', en: 'The outlet in English' },
    width: 18,
  },
  {
    key: 'published',
    name: { zh: '发布日期', en: 'Publication date' },
    help: {
      zh: '文件发布（或报送）的日期，不早于截至日期',
      en: 'The day it was published (or reported), not before the as-of date',
    },
    width: 14,
  },
  {
    key: 'url',
    name: { zh: '网址', en: 'URL' },
    help: {
      zh: '公开来源必填，http(s)://…；内部报送不填',
      en: 'Required for a public source, http(s)://…; leave empty for an internal report',
    },
    width: 30,
  },
  {
    key: 'quote',
    name: { zh: '原文引文', en: 'Exact quote' },
    help: {
      zh: '从文件中原样复制含此数字的一句话（不超过200字）',
      en: 'The sentence stating the number, copied exactly (at most 200 characters)',
    },
    width: 40,
  },
  {
    key: 'noteZh',
    name: { zh: '备注（中文）', en: 'Note (Chinese)' },
    help: {
      zh: '口径、“约”“余”等限定词；中英文都填或都不填',
      en: 'Scope, qualifiers such as "about"; fill both languages or neither',
    },
    width: 24,
  },
  {
    key: 'noteEn',
    name: { zh: '备注（英文）', en: 'Note (English)' },
    help: { zh: '备注的英文', en: 'The note in English' },
    width: 24,
  },
];

/** The header cell text of a column: Chinese first, then English. */
export const headerText = (column: ColumnSpec): string => `${column.name.zh} ${column.name.en}`;
export const HEADERS: readonly string[] = COLUMNS.map(headerText);

/** Column letter (A, B, … O) of the i-th column (0-based). */
export const columnLetter = (i: number): string => String.fromCharCode(65 + i);

export const columnOf = (key: ColumnKey): ColumnSpec => {
  const found = COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};

/** The source kinds a person may report, with the dropdown label (Chinese first). */
export const REPORTED_KINDS = [
  { kind: 'official', zh: '官方网站', en: 'official' },
  { kind: 'media', zh: '新闻媒体', en: 'media' },
  { kind: 'repost', zh: '转载', en: 'repost' },
  { kind: 'internal', zh: '内部报送', en: 'internal' },
] as const;
export type ReportedKind = (typeof REPORTED_KINDS)[number]['kind'];
export const kindLabel = (k: (typeof REPORTED_KINDS)[number]): string => `${k.zh} ${k.en}`;

/** Row 1 as the template writes it; `datasetHash` names the data the rows were checked against. */
export const versionRow = (datasetHash: string): string[] => [
  VERSION_LABEL,
  TEMPLATE_VERSION,
  '数据版本 Dataset',
  datasetHash,
  '请勿修改第1、2行 · Do not edit rows 1–2',
];
