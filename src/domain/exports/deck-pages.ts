// How much a deck slide holds: tables split by the lines their rows take (a long name wraps),
// so no slide of a big view overflows. Pure, shared by the deck plan and its tests.

/** Width of a text in half-width units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

/** Lines a cell takes in a column `capacity` half-width units wide (at least one). */
export function linesOf(text: string, capacity: number): number {
  return text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part) / capacity)), 0);
}

/** Lines the tallest cell of a row takes. */
export function rowLines(row: readonly string[], capacities: readonly number[]): number {
  return Math.max(1, ...row.map((cell, c) => linesOf(cell, capacities[c] ?? 20)));
}

/**
 * Splits rows into pages of at most `linesPerPage` wrapped lines (each row plus `rowPadding`) (a row taller than a page gets
 * a page of its own), so a table of any length never runs off its slide.
 */
export function paginateRows(
  rows: readonly (readonly string[])[],
  capacities: readonly number[],
  linesPerPage: number,
  rowPadding = 0,
): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  rows.forEach((row, i) => {
    const height = rowLines(row, capacities) + rowPadding;
    if (page.length > 0 && used + height > linesPerPage) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(i);
    used += height;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A label cut to `max` half-width units with "…" (chart categories; tables keep full names). */
export function clipLabel(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = textWidth(ch);
    if (width + w > max - 2) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/** Splits items into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
