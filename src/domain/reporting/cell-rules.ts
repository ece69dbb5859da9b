// Rules for one cell of a report that the dataset's schema cannot see: text a spreadsheet would
// run as a formula (the rule the CSV exports neutralise by), bidi controls that reorder what a
// reviewer reads, and a percent sign on a figure that is not a percent.
import type { Localized, Unit } from '../dataset/schema.ts';
import { looksLikeFormula, visibleStart } from '../text/formula-text.ts';
import { bidiControlIn, codePoint } from '../text/invisible-text.ts';
import { cellText, type Cell } from './cells.ts';
import type { ColumnKey } from './template-spec.ts';

const L = (zh: string, en: string): Localized => ({ zh, en });

export type CellProblem = { what: Localized; fix: Localized };

/** The columns read as text (the rest are a number or a date). */
export const TEXT_COLUMNS: readonly ColumnKey[] = [
  'indicator',
  'sourceKind',
  'titleZh',
  'titleEn',
  'publisherZh',
  'publisherEn',
  'outletZh',
  'outletEn',
  'url',
  'quote',
  'noteZh',
  'noteEn',
];

/** The start of a cell as a reviewer should see it: invisible characters spelled out. */
function shown(text: string): string {
  const start = Array.from(text.trim()).slice(0, 30).join('');
  return start.replace(/[\p{Cc}\p{Cf}]/gu, (ch) => `<${codePoint(ch)}>`);
}

/** A text cell that starts like a formula or holds a bidi control; numbers are left alone. */
export function textCellProblem(cell: Cell | undefined): CellProblem | null {
  const v = cell?.value;
  if (typeof v !== 'string' || cellText(cell) === '') return null;
  if (looksLikeFormula(v)) {
    const sign = visibleStart(v)[0]!;
    return {
      what: L(
        `“${shown(v)}”以 ${sign} 开头：表格软件会把它当作公式运行`,
        `"${shown(v)}" starts with ${sign}, which a spreadsheet runs as a formula`,
      ),
      fix: L(
        '删去开头的符号（及其前面的空格、不可见字符），或从文字而不是符号开始写',
        'remove the leading sign (and any spaces or invisible characters before it), or start with a word, not a sign',
      ),
    };
  }
  const bidi = bidiControlIn(v);
  if (bidi)
    return {
      what: L(
        `含有不可见的文字方向控制符 ${bidi}，会打乱读者看到的文字顺序`,
        `holds the invisible text-direction control ${bidi}, which reorders what a reader sees`,
      ),
      fix: L(
        '删去这个控制符：重新输入这一格，不要从别处粘贴',
        'remove the control character: retype the cell rather than pasting it',
      ),
    };
  return null;
}

const UNIT_WORD: Record<Unit, Localized> = {
  percent: L('百分比', 'a percent'),
  count: L('计数', 'a count'),
  days: L('天数', 'a number of days'),
  ug_m3: L('浓度（微克/立方米）', 'a concentration (µg/m³)'),
};

/** "7500%" for a count: the sign says the figure is something other than what is tracked. */
export function percentSignProblem(cell: Cell | undefined, unit: Unit): CellProblem | null {
  const text = cellText(cell);
  if (unit === 'percent' || !/[%％]/.test(text)) return null;
  return {
    what: L(
      `“${text}”带百分号，但本指标是${UNIT_WORD[unit].zh}，不是百分比`,
      `"${text}" has a percent sign, but this indicator is ${UNIT_WORD[unit].en}, not a percent`,
    ),
    fix: L(
      '核对这一行的指标和数值：填写来源所写的数字本身，不带百分号',
      'check the row’s indicator and value: enter the number the source states, without %',
    ),
  };
}
