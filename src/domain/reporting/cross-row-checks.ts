// Checks a complete row against the rest of the file (one figure per target and day) and against
// data/ (a figure already published is not overwritten; a series year needs its target first).
import type { Dataset } from '../dataset/validate-dataset.ts';
import { L, type ReportRow } from './report-row.ts';
import type { CheckedReport, ReportTarget } from './report-types.ts';

/** Rows met so far in this file by target and as-of day, and those data/ already holds. */
export interface RowsSoFar {
  firstRowOf: Map<string, number>;
  alreadyThere: CheckedReport['alreadyThere'];
}

/** True when the row's figure is new to the file and to data/; else it is recorded as bad or already there. */
export function isNewFigure(
  { n, bad }: ReportRow,
  {
    id,
    target,
    date,
    value,
    quote,
  }: { id: string; target: ReportTarget; date: { value: string }; value: number; quote: string },
  dataset: Dataset,
  { firstRowOf, alreadyThere }: RowsSoFar,
): boolean {
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
    return false;
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
    return false;
  }
  if (existing) {
    if (existing.value === value && existing.quotes.includes(quote)) {
      alreadyThere.push({ row: n, target: id, date: date.value });
      return false;
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
    return false;
  }
  return true;
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
