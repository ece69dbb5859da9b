// What is wrong with an entry of a curation update, named by entry and field in Chinese and
// English, with the quote rule it breaks; quotes are read by data:check's own checkCitation.
import {
  checkCitation,
  type NumberedCitation,
  type SourceDates,
} from '../dataset/citation-checks.ts';
import type { DataError } from '../dataset/data-error.ts';
import { isQuoteRule, quoteRuleName } from '../dataset/quote-rule-names.ts';
import type { QuoteRule } from '../dataset/quote-meaning.ts';
import type { Localized } from '../dataset/schema.ts';
import { formatDataError } from '../dataset/validate-dataset.ts';
import { L } from '../reporting/report-row.ts';
import type { CurationEntry } from './update-file.ts';

export interface CurationProblem {
  /** Index in update.entries; absent for a problem of the whole update or of data/. */
  entry?: number;
  /** The entry's field, as the update file spells it (citation.quote, indicator.id…). */
  field?: string;
  rule?: QuoteRule;
  what: Localized;
  fix: Localized;
}

export type Report = (
  field: string | undefined,
  what: Localized,
  fix: Localized,
  rule?: QuoteRule,
) => void;

const QUOTE_FIX = L(
  '核对数值，或引用原文中写有这个数字的那一句',
  'check the value, or quote the sentence of the source that states it',
);

/** Reads the citation as data:check does; every rule it breaks is reported under `prefix`. */
export function checkQuote(
  numbered: NumberedCitation,
  sourceDates: SourceDates,
  dir: string,
  prefix: string,
  report: Report,
): boolean {
  let ok = true;
  checkCitation(numbered, sourceDates, dir, (field, message, code) => {
    ok = false;
    if (isQuoteRule(code))
      report(prefix + field, L(`${quoteRuleName(code).zh}：${message}`, message), QUOTE_FIX, code);
    else
      report(
        prefix + field,
        L(`来源未知：${message}`, message),
        L('在 sources 中加上这个来源，或改正来源编号', 'add the source to sources, or fix its id'),
      );
  });
  return ok;
}

/** The id of what an entry writes to: an indicator or a series. */
export const entryTargetId = (entry: CurationEntry): string =>
  entry.kind === 'new-indicator'
    ? entry.indicator.id
    : 'series' in entry
      ? entry.series
      : entry.indicator;

/** data:check's errors in the result, each tied to the first entry that wrote where it is. */
export function validationProblems(
  errors: readonly DataError[],
  entries: readonly CurationEntry[],
): CurationProblem[] {
  return errors.map((error) => {
    const id = error.indicator ?? error.series;
    const at = id === undefined ? -1 : entries.findIndex((e) => entryTargetId(e) === id);
    const text = formatDataError(error);
    return {
      ...(at >= 0 ? { entry: at } : {}),
      ...(isQuoteRule(error.code) ? { rule: error.code } : {}),
      what: L(`数据检查未通过：${text}`, text),
      fix: L('按 data:check 的提示修改这一项', 'correct the entry as data:check says'),
    };
  });
}
