// Checks a filled reporting template row by row with the dataset's own rules (the schema, the
// quote rule of data:check, dates not in the future and inside the indicator's period), and
// names every bad cell by sheet, row and column in Chinese and English, with how to fix it.
// Pure: the workbook arrives as cells, the dataset as validated data.
import { quoteBacks } from '../dataset/quote-meaning.ts';
import { percentSignProblem, TEXT_COLUMNS, textCellProblem } from './cell-rules.ts';
import { MAX_QUOTE_LENGTH, sourceSchema, type Localized, type Source } from '../dataset/schema.ts';
import type { Dataset } from '../dataset/validate-dataset.ts';
import { hiddenContentOf } from './hidden-content.ts';
import {
  cellText,
  isEmptyCell,
  readDate,
  readNumber,
  type Cell,
  type ReportBook,
} from './cells.ts';
import type {
  CheckedReport,
  ReportEntry,
  ReportNotice,
  ReportProblem,
  ReportTarget,
} from './report-types.ts';
import {
  COLUMNS,
  columnLetter,
  FIRST_DATA_ROW,
  HEADER_ROW,
  HEADERS,
  headerText,
  kindLabel,
  MAX_DATA_ROWS,
  REPORTED_KINDS,
  SHEET_ENTRY,
  TEMPLATE_VERSION,
  VERSION_LABEL,
  type ColumnKey,
  type ReportedKind,
} from './template-spec.ts';

const L = (zh: string, en: string): Localized => ({ zh, en });

const COLUMN_INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));
const columnName = (key: ColumnKey): string => {
  const i = COLUMN_INDEX.get(key)!;
  return `${columnLetter(i)} ${headerText(COLUMNS[i]!)}`;
};
const SOURCE_COLUMNS: ColumnKey[] = [
  'sourceKind',
  'titleZh',
  'titleEn',
  'publisherZh',
  'publisherEn',
  'outletZh',
  'outletEn',
  'published',
  'url',
  'quote',
];

/** FNV-1a, 32 bits: a short stable tag for a new source's id. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function readKind(text: string): ReportedKind | null {
  const t = text.trim().toLowerCase();
  const found = REPORTED_KINDS.find(
    (k) => t === k.zh || t === k.en || t === kindLabel(k).toLowerCase(),
  );
  return found ? found.kind : null;
}

export interface CheckOptions {
  /** YYYY-MM-DD: figures and documents after it are refused. */
  today: string;
}

/** Structure first (sheet, version, headers); then every data row. */
export function checkReport(
  book: ReportBook,
  dataset: Dataset,
  { today }: CheckOptions,
): CheckedReport {
  const problems: ReportProblem[] = [];
  const notices: ReportNotice[] = [];
  const entries: ReportEntry[] = [];
  const alreadyThere: CheckedReport['alreadyThere'] = [];
  const result = (): CheckedReport => ({
    entries: problems.length > 0 ? [] : entries,
    problems,
    notices,
    alreadyThere,
    baseDataset,
    hidden,
  });
  let baseDataset: string | null = null;
  let hidden: ReportProblem[] = [];

  const sheet =
    book.format === 'csv' ? book.sheets[0] : book.sheets.find((s) => s.name === SHEET_ENTRY);
  if (!sheet) {
    const names = book.sheets.map((s) => `“${s.name}”`).join('、');
    problems.push({
      what: L(
        `没有名为“${SHEET_ENTRY}”的工作表（现有：${names}）`,
        `no sheet named "${SHEET_ENTRY}" (the workbook has ${names.replace(/“|”/g, '"').replace(/、/g, ', ')})`,
      ),
      fix: L(
        '请勿重命名工作表；在下载的模板中填写',
        'do not rename the sheets: fill in the downloaded template',
      ),
    });
    return result();
  }
  const sheetName = book.format === 'csv' ? SHEET_ENTRY : sheet.name;
  hidden = hiddenContentOf(sheet, sheetName);
  const rowAt = (n: number) => sheet.rows[n - 1] ?? [];
  const at = (row: number, column?: string) => ({ sheet: sheetName, row, column });

  // Row 1: the template's version (and the dataset it was made from).
  const versionRow = rowAt(1);
  const label = cellText(versionRow[0]);
  const version = cellText(versionRow[1]);
  if (label !== VERSION_LABEL) {
    problems.push({
      ...at(1, 'A'),
      what: L(
        '第1行没有模板版本：这不是本看板的填报模板，或在其上方插入了行',
        'row 1 carries no template version: not this dashboard’s template, or rows were inserted above it',
      ),
      fix: L(
        '下载“下载填报模板”，在其中填写，不要插入或删除前两行',
        'download the template ("下载填报模板") and fill it in without inserting or deleting its first two rows',
      ),
    });
    return result();
  }
  if (version !== TEMPLATE_VERSION) {
    problems.push({
      ...at(1, 'B'),
      what: L(
        `模板版本为“${version}”，本看板读取“${TEMPLATE_VERSION}”`,
        `template version "${version}"; this dashboard reads "${TEMPLATE_VERSION}"`,
      ),
      fix: L(
        '重新下载填报模板，把各行复制到新模板中',
        'download the template again and copy your rows into it',
      ),
    });
    return result();
  }
  const dataset3 = cellText(versionRow[3]);
  baseDataset = dataset3 || null;

  // Row 2: the headers, each once, in the template's order.
  const headers = rowAt(HEADER_ROW).map((c) => cellText(c).replace(/\s+/g, ' '));
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    const earlier = seen.get(h);
    if (earlier !== undefined)
      problems.push({
        ...at(HEADER_ROW, columnLetter(i)),
        what: L(
          `列标题“${h}”重复（第${columnLetter(earlier)}列已有）`,
          `duplicate column header "${h}" (also column ${columnLetter(earlier)})`,
        ),
        fix: L('每列只出现一次：删除重复的列', 'each column appears once: delete the duplicate'),
      });
    else seen.set(h, i);
  });
  if (problems.length > 0) return result();
  COLUMNS.forEach((_column, i) => {
    const found = headers[i] ?? '';
    const expected = HEADERS[i]!;
    if (found === expected) return;
    const belongs = HEADERS.indexOf(found);
    problems.push({
      ...at(HEADER_ROW, columnLetter(i)),
      what:
        belongs >= 0
          ? L(
              `第${columnLetter(i)}列是“${found}”，应在第${columnLetter(belongs)}列：列被移动了`,
              `column ${columnLetter(i)} holds "${found}", which belongs in column ${columnLetter(belongs)}: columns were moved`,
            )
          : L(
              `第${columnLetter(i)}列应为“${expected}”，现为“${found}”`,
              `column ${columnLetter(i)} should be "${expected}" but is "${found}"`,
            ),
      fix: L(
        '不要移动、重命名或删除列；在新下载的模板中填写',
        'do not move, rename or delete columns: fill in a freshly downloaded template',
      ),
    });
  });
  headers.slice(COLUMNS.length).forEach((h, j) => {
    if (h !== '')
      problems.push({
        ...at(HEADER_ROW, columnLetter(COLUMNS.length + j)),
        what: L(`多出的列“${h}”`, `unexpected column "${h}"`),
        fix: L('删除模板之外的列', 'delete columns the template does not have'),
      });
  });
  if (problems.length > 0) return result();

  // Merged cells anywhere in the header or data rows.
  sheet.rows.forEach((cells, r) => {
    if (r + 1 < HEADER_ROW) return;
    cells.forEach((cell, c) => {
      if (cell?.merged)
        problems.push({
          ...at(r + 1, c < COLUMNS.length ? columnName(COLUMNS[c]!.key) : columnLetter(c)),
          what: L('合并单元格', 'merged cell'),
          fix: L(
            '取消合并，每行每格各填一个值',
            'unmerge the cells: one value per cell, every row filled in full',
          ),
        });
    });
  });
  if (problems.length > 0) return result();

  const dataRows: number[] = [];
  for (let n = FIRST_DATA_ROW; n <= sheet.rows.length; n++)
    if (rowAt(n).some((c, i) => i < COLUMNS.length && !isEmptyCell(c))) dataRows.push(n);
  if (dataRows.length > MAX_DATA_ROWS) {
    problems.push({
      sheet: sheetName,
      what: L(
        `共${dataRows.length}行数据，一次最多${MAX_DATA_ROWS}行`,
        `${dataRows.length} data rows; at most ${MAX_DATA_ROWS} import at once`,
      ),
      fix: L('分成几个文件分别导入', 'split the rows into several files'),
    });
    return result();
  }

  const indicators = new Map(
    dataset.plans.flatMap((p) => p.indicators.map((i) => [i.id, { indicator: i, plan: p.plan }])),
  );
  const seriesById = new Map(dataset.series.map((s) => [s.id, s]));
  const byUrl = new Map<string, Source>();
  const byDoc = new Map<string, Source>();
  const docKey = (s: Pick<Source, 'kind' | 'title' | 'publisher' | 'date'>) =>
    `${s.kind}|${s.title.zh}|${s.publisher.zh}|${s.date}`;
  for (const s of dataset.sources) {
    if (s.url) byUrl.set(s.url, s);
    byDoc.set(docKey(s), s);
  }
  const newSources = new Map<string, { source: Source; row: number }>();
  const firstRowOf = new Map<string, number>();

  for (const n of dataRows) {
    const cells = rowAt(n);
    const cell = (key: ColumnKey): Cell | undefined => cells[COLUMN_INDEX.get(key)!];
    const text = (key: ColumnKey) => cellText(cell(key));
    const before = problems.length;
    const bad = (key: ColumnKey, what: Localized, fix: Localized) =>
      problems.push({ ...at(n, columnName(key)), what, fix });
    const rowOk = () => problems.length === before;

    // Formulas and Excel errors: a computed value is derived, not reported.
    COLUMNS.forEach(({ key }) => {
      const c = cell(key);
      if (c?.formula)
        bad(
          key,
          L(
            '单元格是公式（计算得出），不是报送的数字',
            'holds a formula: a computed value is derived, not reported',
          ),
          L(
            '输入来源所写的数值本身，而不是公式',
            'type the value the source states, not a formula',
          ),
        );
      else if (c?.error)
        bad(
          key,
          L(`单元格显示错误 ${c.error}`, `holds the error ${c.error}`),
          L('输入正确的值', 'type the value'),
        );
    });
    // Formula look-alikes and bidi controls in text: refused, never stored as typed.
    for (const key of TEXT_COLUMNS) {
      const found = cell(key)?.formula ? null : textCellProblem(cell(key));
      if (found) bad(key, found.what, found.fix);
    }
    if (!rowOk()) continue;

    // The target.
    const id = text('indicator');
    let target: ReportTarget | null = null;
    let unit: Dataset['series'][number]['unit'] = 'count';
    let unitKnown = false;
    let measure: Dataset['series'][number]['measure'] | undefined;
    let period: { start: string; end: string; what: Localized } | null = null;
    const date = isEmptyCell(cell('asOf')) ? null : readDate(cell('asOf'));
    if (id === '')
      bad(
        'indicator',
        L('未填指标编号', 'no indicator id'),
        L('从下拉列表选择指标', 'pick the indicator from the list'),
      );
    else if (indicators.has(id)) {
      const { indicator, plan } = indicators.get(id)!;
      target = { kind: 'indicator', id, plan: plan.id };
      unit = indicator.unit;
      measure = indicator.measure;
      unitKnown = true;
      period = {
        start: plan.period.start,
        end: indicator.target.deadline,
        what: L(
          `本指标的规划期为 ${plan.period.start} 至 ${indicator.target.deadline}`,
          `this indicator runs from ${plan.period.start} to ${indicator.target.deadline}`,
        ),
      };
    } else if (seriesById.has(id)) {
      const series = seriesById.get(id)!;
      unit = series.unit;
      measure = series.measure;
      unitKnown = true;
      if (date?.ok) {
        const year = Number(date.value.slice(0, 4));
        target = {
          kind: 'series',
          id,
          year,
          part: date.value.endsWith('-12-31') ? 'actual' : 'report',
        };
      }
      period = {
        start: `${series.span.first}-01-01`,
        end: `${series.span.last}-12-31`,
        what: L(
          `本系列覆盖 ${series.span.first}—${series.span.last} 年`,
          `this series covers ${series.span.first}–${series.span.last}`,
        ),
      };
    } else
      bad(
        'indicator',
        L(`未知的指标编号“${id}”`, `unknown indicator id "${id}"`),
        L(
          '从下拉列表选择，或在“指标参考”表中查找编号',
          'pick it from the list or look the id up on the reference sheet',
        ),
      );

    // The date the figure is as of.
    if (!date)
      bad(
        'asOf',
        L('未填截至日期', 'no as-of date'),
        L(
          '填写数字所截至的日期，如 2026-06-30',
          'enter the day the figure is as of, e.g. 2026-06-30',
        ),
      );
    else if (!date.ok) bad('asOf', date.what, date.fix);
    else if (date.value > today)
      bad(
        'asOf',
        L(
          `${date.value} 在未来（今天是 ${today}）`,
          `${date.value} is in the future (today is ${today})`,
        ),
        L('只填已经发生的数字', 'report only figures that have happened'),
      );
    else if (period && (date.value < period.start || date.value > period.end))
      bad(
        'asOf',
        L(
          `${date.value} 不在期内：${period.what.zh}`,
          `${date.value} is outside the period: ${period.what.en}`,
        ),
        L('核对日期，或选择对应的指标', 'check the date or pick the matching indicator'),
      );

    // The value.
    let value: number | null = null;
    if (isEmptyCell(cell('value')))
      bad(
        'value',
        L('未填数值', 'no value'),
        L('填写来源所写的数字', 'enter the number the source states'),
      );
    else {
      const reading = readNumber(cell('value'));
      const percentOnOther = unitKnown ? percentSignProblem(cell('value'), unit) : null;
      if (!reading.ok) bad('value', reading.what, reading.fix);
      else if (percentOnOther) bad('value', percentOnOther.what, percentOnOther.fix);
      else {
        value = reading.value;
        if (reading.converted)
          notices.push({
            sheet: sheetName,
            row: n,
            column: columnName('value'),
            text: reading.converted,
          });
        if (value < 0)
          bad(
            'value',
            L('数值不能为负', 'must not be negative'),
            L('填写来源所写的数字', 'enter the number the source states'),
          );
        else if (unit === 'percent' && value > 100)
          bad(
            'value',
            L(`百分比应在0—100之间，现为 ${value}`, `a percent must be within 0–100, got ${value}`),
            L('百分数只填数字，如 90 表示 90%', 'enter a percent as its number, e.g. 90 for 90%'),
          );
      }
    }

    // The source.
    if (SOURCE_COLUMNS.every((key) => isEmptyCell(cell(key)))) {
      bad(
        'sourceKind',
        L('这个数值没有来源', 'the value has no source'),
        L(
          '填写来源类型、标题、发布单位、日期、网址（公开来源）和原文引文：没有来源就没有数字',
          'fill in the source kind, title, publisher, date, URL (public sources) and the exact quote: no source, no number',
        ),
      );
      continue;
    }
    const kindText = text('sourceKind');
    const kind = kindText ? readKind(kindText) : null;
    if (!kindText)
      bad(
        'sourceKind',
        L('未填来源类型', 'no source kind'),
        L('从下拉列表选择来源类型', 'pick the source kind from the list'),
      );
    else if (!kind)
      bad(
        'sourceKind',
        L(`未知的来源类型“${kindText}”`, `unknown source kind "${kindText}"`),
        L(
          `从下拉列表选择：${REPORTED_KINDS.map((k) => k.zh).join('、')}`,
          `pick one of: ${REPORTED_KINDS.map(kindLabel).join(', ')}`,
        ),
      );
    // The English columns are optional: where one is empty, English readers see the Chinese.
    const pair = (zhKey: ColumnKey, enKey: ColumnKey, what: Localized, required: boolean) => {
      const zh = text(zhKey);
      const en = text(enKey);
      if (!zh && (required || en))
        bad(
          zhKey,
          L(`未填${what.zh}（中文）`, `no ${what.en} in Chinese`),
          L(
            `填写${what.zh}（英文可不填）`,
            `enter the ${what.en} in Chinese (English is optional)`,
          ),
        );
      return zh ? { zh, en: en || zh } : undefined;
    };
    const title = pair('titleZh', 'titleEn', L('文件标题', 'document title'), true);
    const publisher = pair(
      'publisherZh',
      'publisherEn',
      kind === 'internal' ? L('报送单位', 'reporting unit') : L('发布单位', 'publisher'),
      true,
    );
    const outlet = pair(
      'outletZh',
      'outletEn',
      L('原载媒体', 'original outlet'),
      kind === 'repost',
    );
    if (kind && kind !== 'repost' && (text('outletZh') || text('outletEn')))
      bad(
        text('outletZh') ? 'outletZh' : 'outletEn',
        L('只有转载才填原载媒体', 'only a repost names an original outlet'),
        L(
          '清空原载媒体，或把来源类型改为“转载”',
          'clear the outlet, or set the source kind to repost',
        ),
      );
    let published: string | null = null;
    if (isEmptyCell(cell('published')))
      bad(
        'published',
        L('未填发布日期', 'no publication date'),
        L('填写文件发布（或报送）的日期', 'enter the day the document was published (or reported)'),
      );
    else {
      const reading = readDate(cell('published'));
      if (!reading.ok) bad('published', reading.what, reading.fix);
      else if (reading.value > today)
        bad(
          'published',
          L(
            `${reading.value} 在未来（今天是 ${today}）`,
            `${reading.value} is in the future (today is ${today})`,
          ),
          L('填写实际发布的日期', 'enter the day it was actually published'),
        );
      else if (date?.ok && date.value <= today && reading.value < date.value)
        bad(
          'published',
          L(
            `发布日期 ${reading.value} 早于截至日期 ${date.value}`,
            `published ${reading.value}, before the day the figure is as of (${date.value})`,
          ),
          L(
            '核对两个日期：文件不能早于它报告的数字',
            'check both dates: a document cannot predate the figure it reports',
          ),
        );
      else published = reading.value;
    }
    const url = text('url');
    if (kind && kind !== 'internal' && !url)
      bad(
        'url',
        L('公开来源未填网址', 'a public source needs its URL'),
        L('填写文件的网址 http(s)://…', 'enter the page’s http(s):// address'),
      );
    const quote = text('quote');
    if (!quote)
      bad(
        'quote',
        kind === 'internal'
          ? L('内部报送未填原文引文', 'an internal report needs its exact quote')
          : L('公开来源未填原文引文', 'a public source needs its exact quote'),
        L(
          '从文件中原样复制写有这个数字的一句话：没有引文就没有数字',
          'copy the sentence that states the number, exactly: no quote, no number',
        ),
      );
    else if (quote.length > MAX_QUOTE_LENGTH)
      bad(
        'quote',
        L(
          `引文有${quote.length}字，最多${MAX_QUOTE_LENGTH}字`,
          `the quote has ${quote.length} characters, at most ${MAX_QUOTE_LENGTH}`,
        ),
        L('只复制写有这个数字的最短一句', 'copy only the shortest piece that states the number'),
      );
    else if (
      value !== null &&
      // data:check's reading: the number in its unit and measure word, not a year or a phone number
      !quoteBacks(quote, {
        value,
        unit,
        measureWords: measure ? [measure.zh, ...(measure.synonyms ?? [])] : undefined,
      })
    )
      bad(
        'quote',
        L(
          `引文“${quote.slice(0, 40)}”没有写出 ${value}`,
          `the quote "${quote.slice(0, 40)}" does not state ${value}`,
        ),
        L(
          '引文必须含有这个数字（如 18500、1.85万、90%）；核对数值或复制正确的句子',
          'the quote must contain the number (18500, 1.85万, 90%): check the value or copy the right sentence',
        ),
      );
    const note = pair('noteZh', 'noteEn', L('备注', 'note'), false);

    // The source as data/ will hold it: an existing one when the URL (or document) matches.
    let source: Source | null = null;
    let sourceIsNew = false;
    if (rowOk() && kind && title && publisher && published && (kind === 'internal' || url)) {
      const candidate: Source = {
        id: '',
        title,
        publisher,
        date: published,
        kind,
        ...(outlet && kind === 'repost' ? { originalOutlet: outlet } : {}),
        ...(url ? { url } : {}),
      };
      const existing = (url ? byUrl.get(url) : undefined) ?? byDoc.get(docKey(candidate));
      if (existing) source = existing;
      else {
        const key = url || docKey(candidate);
        const id = `report-${published}-${shortHash(key)}`;
        candidate.id = id;
        const earlier = newSources.get(key);
        if (earlier) {
          const a = JSON.stringify({ ...earlier.source, id: '' });
          const b = JSON.stringify({ ...candidate, id: '' });
          if (a !== b)
            bad(
              url ? 'url' : 'titleZh',
              L(
                `同一来源在第${earlier.row}行的写法不同（标题、单位、日期或类型）`,
                `the same source is described differently in row ${earlier.row} (title, publisher, date or kind)`,
              ),
              L(
                '同一文件的各行填写完全相同的来源信息',
                'describe one document the same way on every row',
              ),
            );
          source = earlier.source;
        } else {
          const parsed = sourceSchema.safeParse(candidate);
          if (!parsed.success)
            for (const issue of parsed.error.issues) {
              const [field, lang] = issue.path.map(String);
              const key: ColumnKey =
                field === 'title'
                  ? lang === 'en'
                    ? 'titleEn'
                    : 'titleZh'
                  : field === 'publisher'
                    ? lang === 'en'
                      ? 'publisherEn'
                      : 'publisherZh'
                    : field === 'originalOutlet'
                      ? lang === 'en'
                        ? 'outletEn'
                        : 'outletZh'
                      : field === 'url'
                        ? 'url'
                        : field === 'date'
                          ? 'published'
                          : 'sourceKind';
              bad(
                key,
                L(`不符合数据规则：${issue.message}`, issue.message),
                L('按说明修改这一格', 'correct the cell as the message says'),
              );
            }
          else {
            newSources.set(key, { source: candidate, row: n });
            source = candidate;
          }
        }
        sourceIsNew = true;
      }
    }

    if (!rowOk() || !target || !date?.ok || value === null || !source) continue;

    // Against the file itself and against data/.
    const rowKey = `${id}|${date.value}`;
    const earlierRow = firstRowOf.get(rowKey);
    if (earlierRow !== undefined) {
      bad(
        'indicator',
        L(
          `与第${earlierRow}行重复（同一指标、同一截至日期）`,
          `duplicates row ${earlierRow} (same indicator and as-of date)`,
        ),
        L(
          '删除重复的行；同一天只报一个数字',
          'delete the duplicate: one figure per indicator and day',
        ),
      );
      continue;
    }
    firstRowOf.set(rowKey, n);
    const existing = existingFigure(dataset, target, date.value);
    if (existing === 'missing-year') {
      bad(
        'asOf',
        L(
          `系列“${id}”在 ${date.value.slice(0, 4)} 年还没有目标：年内进展要先有该年目标`,
          `series "${id}" has no entry for ${date.value.slice(0, 4)}: a year-to-date figure needs the year's target first`,
        ),
        L(
          '请维护人员先录入该年目标；全年数字填该年12月31日',
          'ask the maintainer to add the year’s target first, or report the whole-year figure dated 31 December',
        ),
      );
      continue;
    }
    if (existing) {
      if (existing.value === value && existing.quotes.includes(quote)) {
        alreadyThere.push({ row: n, target: id, date: date.value });
        continue;
      }
      bad(
        'value',
        L(
          `数据中已有 ${existing.value}（${date.value}，来源 ${existing.source}）`,
          `data/ already has ${existing.value} for ${date.value} (source ${existing.source})`,
        ),
        L(
          '已发布的数字由维护人员在 data/ 中更正，不通过填报覆盖；核对日期和数值',
          'a published figure is corrected by a maintainer in data/, not overwritten by a report: check the date and value',
        ),
      );
      continue;
    }
    entries.push({
      row: n,
      target,
      date: date.value,
      value,
      source,
      sourceIsNew,
      quote,
      ...(note ? { note } : {}),
    });
  }
  return result();
}

type Existing = { value: number; quotes: string[]; source: string } | 'missing-year' | null;

function existingFigure(dataset: Dataset, target: ReportTarget, date: string): Existing {
  if (target.kind === 'indicator') {
    const indicator = dataset.plans.flatMap((p) => p.indicators).find((i) => i.id === target.id);
    const o = indicator?.observations.find((x) => x.date === date);
    return o ? { value: o.value, quotes: [o.citation.quote], source: o.citation.source } : null;
  }
  const series = dataset.series.find((s) => s.id === target.id);
  const year = series?.years.find((y) => y.year === target.year);
  if (target.part === 'actual') {
    const a = year?.actual;
    return a
      ? {
          value: a.value,
          quotes: a.citations.map((c) => c.quote),
          source: a.citations[0]?.source ?? '',
        }
      : null;
  }
  if (!year) return 'missing-year';
  const r = year.reports?.find((x) => x.date === date);
  return r ? { value: r.value, quotes: [r.citation.quote], source: r.citation.source } : null;
}
