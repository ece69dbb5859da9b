// Which years a target's quote sets its figure for, in any wording: 到/至/截至/在/于2027年,
// 2027年实现, 2027年底, 2027年前, 2027年度; 年内 and 今年 mean the source's own year. A date
// (2026年1月20日) or a year inside a document's title (《…2025年…》) says when something was
// published, not when a target is due, so neither is read.

/** A year the quote names as the one its figure is due, with where it is written. */
export interface QuotedYear {
  year: number;
  at: number;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
const OWN_YEAR = /年内|今年|本年度?|当年/g;
const TITLE = /《[^《》]*》/g;

/** The governing years in the (folded) quote, in order; `sourceYear` reads 年内/今年. */
export function quotedYears(folded: string, sourceYear?: number): QuotedYear[] {
  // Titles blanked, not cut, so positions stay positions in the quote.
  const text = folded.replace(TITLE, (t) => ' '.repeat(t.length));
  const years: QuotedYear[] = [...text.matchAll(YEAR)].map((m) => ({
    year: Number(m[1]),
    at: m.index,
  }));
  if (sourceYear !== undefined)
    for (const m of text.matchAll(OWN_YEAR)) years.push({ year: sourceYear, at: m.index });
  return years.sort((a, b) => a.at - b.at);
}

/**
 * The years that govern a figure at `figureAt`: the nearest year written before it, else every
 * year the quote names (a year may follow its figure: "28万人，2027年实现").
 */
export function governingYears(years: QuotedYear[], figureAt: number | null): number[] {
  if (figureAt !== null) {
    const before = years.filter((y) => y.at < figureAt);
    if (before.length > 0) return [before[before.length - 1]!.year];
  }
  return [...new Set(years.map((y) => y.year))];
}
