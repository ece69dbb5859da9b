// One rule for text a spreadsheet would run as a formula, shared by the import checks (which
// refuse it) and the CSV exports (which neutralise it), so the two can never disagree.

/** Zero-width characters a person cannot see in a cell: skipped before the first visible one. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;

/** = + - @ and their full-width forms (＝ ＋ － ＠), which some spreadsheets read as ASCII. */
const FORMULA_LEAD = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The text as a spreadsheet starts reading it: zero-width characters skipped, then trimmed. */
export const visibleStart = (text: string): string => text.replace(ZERO_WIDTH, '').trim();

/** True when the text, once trimmed of spaces and zero-width characters, starts a formula. */
export const looksLikeFormula = (text: string): boolean => FORMULA_LEAD.test(visibleStart(text));
