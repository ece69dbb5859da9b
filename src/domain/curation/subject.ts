// The words that name what a claim counts: those before the number in its clause, without the
// year, cue and comparator words; else the noun after its measure word (282所幼儿园).
const LEAD = /^.*?(?:(?:19|20)\d{2}\s*年(?:底|末)?|年内|今年|去年|目前|截至)/;
const TRAILING = /(?:将|计划|力争|实现|达到|提供|不少于|不低于|不超过|至少|超过|突破|提高到|提升到|增加到|控制在|共有|有|为|是|约|近|了|共|累计)+$/;
const AFTER_WORD = /^[^\s，,、。；;的和及与“”"]{2,10}/;

/** What the claim counts, from its clause text around the number at [at, end). */
export function subjectOf(clause: string, at: number, end: number): string | null {
  let before = clause.slice(0, at).replace(LEAD, '').replace(/^[\s，,、在]+/, '');
  before = before.replace(TRAILING, '').trim();
  if (before.length > 12) before = before.slice(-12);
  if (before.length >= 2) return before;
  return AFTER_WORD.exec(clause.slice(end))?.[0] ?? (before || null);
}
