// Checks the source cells of one row: kind, title, publisher, outlet, dates, URL and the exact
// quote, which must state the row's value (the quote rule of data:check).
import { quoteBacks } from '../dataset/quote-meaning.ts';
import { MAX_QUOTE_LENGTH, type Localized } from '../dataset/schema.ts';
import { isEmptyCell, readDate } from './cells.ts';
import { L, type ReportRow } from './report-row.ts';
import type { RowFigure } from './row-figure.ts';
import { kindLabel, REPORTED_KINDS, type ColumnKey, type ReportedKind } from './template-spec.ts';

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

function readKind(text: string): ReportedKind | null {
  const t = text.trim().toLowerCase();
  const found = REPORTED_KINDS.find(
    (k) => t === k.zh || t === k.en || t === kindLabel(k).toLowerCase(),
  );
  return found ? found.kind : null;
}

/** The row's source as typed; a part is null (or undefined) when its cell is missing or bad. */
export interface SourceCells {
  kind: ReportedKind | null;
  title: Localized | undefined;
  publisher: Localized | undefined;
  outlet: Localized | undefined;
  published: string | null;
  url: string;
  quote: string;
  note: Localized | undefined;
}

/** The source cells against the figure they back; null when the row names no source at all. */
export function checkSourceCells(
  { today, cell, text, bad }: ReportRow,
  { unit, measure, date, value }: RowFigure,
): SourceCells | null {
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
    return null;
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
        L(`填写${what.zh}（英文可不填）`, `enter the ${what.en} in Chinese (English is optional)`),
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
  const outlet = pair('outletZh', 'outletEn', L('原载媒体', 'original outlet'), kind === 'repost');
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
  return { kind, title, publisher, outlet, published, url, quote, note };
}
