// Writes the reporting template (填报模板) as XLSX with exceljs: the guide (填报说明, Chinese
// first, then English), a reference sheet of every indicator and series, and the entry sheet
// whose columns ask for every field the schema needs, with Excel data validation (dropdowns,
// date and number cells) so Excel helps the person typing. Row 1 carries the template version
// and the dataset it was made from; a CSV saved from the entry sheet keeps both.
import type { Indicator, Plan, Series } from '../../domain/dataset/schema';
import {
  COLUMNS,
  columnLetter,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerText,
  kindLabel,
  REPORTED_KINDS,
  SHEET_ENTRY,
  SHEET_GUIDE,
  SHEET_REFERENCE,
  TEMPLATE_VERSION,
  VERSION_LABEL,
  versionRow,
} from '../../domain/reporting/template-spec';

export interface TemplateInput {
  plans: readonly Plan[];
  indicators: readonly Indicator[];
  series: readonly Series[];
  datasetHash: string;
  /** When the template was made (also its file's creation time). */
  createdAt: Date;
}

/** Rows of the entry sheet that carry data validation. */
export const VALIDATED_ROWS = 2000;

const UNIT_TEXT: Record<string, string> = {
  percent: '% 百分比',
  count: '个数 count',
  days: '天 days',
  ug_m3: 'μg/m³',
};

const GUIDE: string[][] = [
  ['规划指标看板 · 数据填报说明'],
  [''],
  ['1. 在“填报”表第3行起，每行填一个数字：指标编号（下拉选择）、截至日期、数值、来源。'],
  [
    '2. 每个数字都要有来源：来源类型、文件标题和发布单位（中英文）、发布日期、网址（公开来源）和原文引文。没有来源就没有数字。',
  ],
  [
    '3. 原文引文：从文件中原样复制写有这个数字的一句话（不超过200字）。引文必须含有这个数字，如 18500、1.85万、90%。',
  ],
  [
    '4. 数值只填数字。“28万”“1.8万个”会换算为 280000、18000；“约3000”“3000余”不接受：填 3000，并把“约”“余”写进备注。',
  ],
  [
    '5. 日期用日期单元格或 YYYY-MM-DD（如 2026-06-30）；“03/04/2026”这类写法有歧义，不接受。全年数字的截至日期为该年12月31日。',
  ],
  [
    '6. 来源类型：官方网站、新闻媒体、转载（须填原载媒体，如“来源：北京日报”）、内部报送（填报送单位，不填网址；内部报送的数字在看板上标为“未公开”，公开发布时会被拒绝）。',
  ],
  ['7. 不要使用公式、合并单元格；不要改动第1、2行，不要移动、重命名或删除列和工作表。'],
  [
    '8. 保存后在看板的“数据填报”页上传（.xlsx，或“填报”表另存的 CSV UTF-8），逐格查看问题和预览；或由维护人员运行 npm run data:import -- 文件名。',
  ],
  [''],
  ['Plan Tracker · How to fill in this template'],
  [''],
  [
    '1. On the "填报" (entry) sheet, from row 3, one figure per row: the indicator id (pick from the list), the as-of date, the value, and its source.',
  ],
  [
    '2. Every number carries its source: kind, document title and publisher (Chinese and English), publication date, URL (public sources) and the exact quote. No source, no number.',
  ],
  [
    '3. The exact quote: copy the sentence that states the number, character for character (at most 200 characters). It must contain the number: 18500, 1.85万, 90%.',
  ],
  [
    '4. Values are numbers. "28万" and "1.8万个" are converted to 280000 and 18000; "约3000" (about 3000) is refused: enter 3000 and put the qualifier in the note.',
  ],
  [
    '5. Dates as date cells or YYYY-MM-DD (2026-06-30); ambiguous text such as "03/04/2026" is refused. A whole year\'s figure is dated 31 December.',
  ],
  [
    '6. Source kinds: official website, news media, repost (name the original outlet the page credits), internal report (name the reporting unit, no URL; internal figures are marked "not public" and refused for a public deployment).',
  ],
  [
    '7. No formulas, no merged cells; do not change rows 1–2, and do not move, rename or delete columns or sheets.',
  ],
  [
    "8. Upload the saved file on the dashboard's 数据填报 (report data) page (.xlsx, or the entry sheet saved as CSV UTF-8) to see every problem by cell and a preview; or a maintainer runs npm run data:import -- <file>.",
  ],
  [''],
  ['各列 · The columns of the entry sheet'],
  ...COLUMNS.map((c, i) => [`${columnLetter(i)} ${headerText(c)}：${c.help.zh} · ${c.help.en}`]),
];

export async function writeTemplate(input: TemplateInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '规划指标看板 Plan Tracker';
  wb.created = input.createdAt;
  wb.modified = input.createdAt;

  const guide = wb.addWorksheet(SHEET_GUIDE, { properties: { tabColor: { argb: 'FF1F6FB2' } } });
  guide.columns = [{ width: 68 }];
  for (const line of GUIDE) guide.addRow(line);
  for (const title of [
    '规划指标看板 · 数据填报说明',
    'Plan Tracker · How to fill in this template',
  ])
    guide.getRow(GUIDE.findIndex((l) => l[0] === title) + 1).font = { bold: true, size: 14 };
  guide.getRow(GUIDE.findIndex((l) => l[0]?.startsWith('各列')) + 1).font = { bold: true };
  guide.addRow(['']);
  guide.addRow([`${VERSION_LABEL}: ${TEMPLATE_VERSION}`]);
  guide.addRow([`数据版本 Dataset: ${input.datasetHash}`]);
  guide.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheet programs do not grow a row for wrapped text on their own: about 62 columns a line.
    const width = [...String(row.getCell(1).value ?? '')].reduce(
      (n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1),
      0,
    );
    row.height = Math.max(1, Math.ceil(width / 56)) * 16 + 2;
  });
  const print = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  } as const;
  guide.pageSetup = { ...print, orientation: 'portrait' };

  const ref = wb.addWorksheet(SHEET_REFERENCE);
  ref.columns = [
    { header: '编号 Id', width: 36 },
    { header: '类型 Kind', width: 14 },
    { header: '名称 Name', width: 36 },
    { header: 'Name (English)', width: 40 },
    { header: '单位 Unit', width: 14 },
    { header: '目标 Target', width: 14 },
    { header: '期限 Deadline', width: 14 },
    { header: '所属规划 Plan', width: 36 },
  ];
  ref.getRow(1).font = { bold: true };
  ref.pageSetup = print;
  ref.views = [{ state: 'frozen', ySplit: 1 }];
  const sign = (c: string) => (c === 'gte' ? '≥' : '≤');
  const ids: string[] = [];
  for (const i of input.indicators) {
    ids.push(i.id);
    ref.addRow([
      i.id,
      '指标 indicator',
      i.name.zh,
      i.name.en,
      UNIT_TEXT[i.unit] ?? i.unit,
      `${sign(i.target.comparator)} ${i.target.value}`,
      i.target.deadline,
      i.plan,
    ]);
  }
  for (const s of input.series) {
    ids.push(s.id);
    const latest = [...s.years].reverse().find((y) => y.target);
    ref.addRow([
      s.id,
      '年度系列 series',
      s.name.zh,
      s.name.en,
      UNIT_TEXT[s.unit] ?? s.unit,
      latest?.target
        ? `${sign(latest.target.comparator)} ${latest.target.value}（${latest.year}）`
        : '—',
      latest ? `${latest.year}-12-31` : `${s.span.last}-12-31`,
      latest?.plan ?? '',
    ]);
  }

  const entry = wb.addWorksheet(SHEET_ENTRY, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  entry.columns = COLUMNS.map((c) => ({ width: c.width }));
  entry.pageSetup = print;
  entry.getRow(1).values = versionRow(input.datasetHash);
  entry.getRow(1).font = { color: { argb: 'FF666666' }, size: 9 };
  const header = entry.getRow(HEADER_ROW);
  header.values = COLUMNS.map(headerText);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 36;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0F8' } };
  });
  COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.help.zh}\n${c.help.en}`;
  });

  const col = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
  const indicatorList = `'${SHEET_REFERENCE}'!$A$2:$A$${ids.length + 1}`;
  const kinds = `"${REPORTED_KINDS.map(kindLabel).join(',')}"`;
  const last = FIRST_DATA_ROW + VALIDATED_ROWS - 1;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    entry.getCell(`${col('indicator')}${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [indicatorList],
      showErrorMessage: true,
      errorTitle: '指标编号 Indicator id',
      error: '请从列表中选择 · Pick an id from the list',
    };
    for (const key of ['asOf', 'published']) {
      const cell = entry.getCell(`${col(key)}${r}`);
      cell.numFmt = 'yyyy-mm-dd';
      cell.dataValidation = {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorTitle: '日期 Date',
        error: '请输入日期，如 2026-06-30 · Enter a date such as 2026-06-30',
      };
    }
    entry.getCell(`${col('value')}${r}`).dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      // A warning, not a stop: "28万" may still be typed and is converted on import.
      errorStyle: 'warning',
      errorTitle: '数值 Value',
      error: '请只填数字 · Enter a number only',
    };
    entry.getCell(`${col('sourceKind')}${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [kinds],
      showErrorMessage: true,
      errorTitle: '来源类型 Source kind',
      error: '请从列表中选择 · Pick a kind from the list',
    };
    entry.getCell(`${col('quote')}${r}`).dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [200],
      showErrorMessage: true,
      errorTitle: '原文引文 Exact quote',
      error: '引文最多200字 · At most 200 characters',
    };
  }
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' },
  ];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
