// A PDF page's text arrives as positioned runs (pdf.js text items). These group them into lines
// by their baseline, and mark what joinWrappedLines needs to know about each line's layout.
import type { LaidLine } from './join-wrapped-lines';

/** A run of text at a position: pdf.js's TextItem, reduced to what laying out lines needs. */
export type TextRun = {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  hasEOL: boolean;
};

/** A line of a page: its text and where it stands (PDF units, y grows upwards). */
export type PageLine = { text: string; left: number; right: number; y: number; size: number };

// Han characters, CJK punctuation and full-width forms.
const HAN = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK = new RegExp(`[${HAN}]`);

// Kangxi radicals (⽣ for 生, ⾏ for 行) stand in for ideographs in many Chinese PDFs whose fonts map
// glyphs to Unicode badly; NFKC turns each back into its ideograph, so 新增 and 生活 read as words.
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** The page's lines in the order the page draws them; a run on another baseline starts a line. */
export function linesOfPage(runs: readonly TextRun[]): PageLine[] {
  const lines: PageLine[] = [];
  let line: PageLine | null = null;
  let endsLine = false;
  for (const run of runs) {
    const size: number = run.size > 0 ? run.size : (line?.size ?? 10);
    if (run.str === '') {
      endsLine ||= run.hasEOL;
      continue;
    }
    if (line === null || endsLine || Math.abs(run.y - line.y) > size / 2) {
      line = { text: run.str, left: run.x, right: run.x + run.width, y: run.y, size };
      lines.push(line);
    } else {
      const gap = run.x - line.right;
      line.text += spaceBetween(line.text, run.str, gap, size) + run.str;
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, size);
    }
    endsLine = run.hasEOL;
  }
  for (const l of lines) l.text = tidy(l.text);
  return lines.filter((l) => l.text !== '');
}

// Layout engines set Han and Latin apart by a gap that pdf.js reads as a space ("等 6 个",
// "2024 年"); Chinese text writes them together, so that space goes (a space between words stays).
const HAN_LATIN_SPACE = new RegExp(
  `(?<=[${HAN}])\\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])\\s+(?=[${HAN}])`,
  'g',
);

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(HAN_LATIN_SPACE, '')
    .replace(RADICALS, (r) => r.normalize('NFKC'))
    .trim();
}

// Latin words apart keep a space; CJK runs apart join, unless they stand a column apart.
function spaceBetween(before: string, after: string, gap: number, size: number): string {
  if (/\s$/.test(before) || /^\s/.test(after) || gap < size * 0.2) return '';
  if (gap > size * 1.5) return ' ';
  return CJK.test(before.slice(-1)) || CJK.test(after[0] ?? '') ? '' : ' ';
}

// A page number on its own line at the top or bottom of a page: "3", "- 3 -", "— 3 —", "第3页",
// "第 3 页 共 10 页", "3/10", "Page 3 of 10".
const PAGE_NUMBER =
  /^[\s\-—–－·•]*(?:(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)[\s\-—–－·•]*$/i;

/**
 * The pages' lines in reading order, page numbers at a page's edge left out, each marked as ended
 * short (well before the page's right margin) or standing after a paragraph gap.
 */
export function layOutPages(pages: readonly (readonly PageLine[])[]): LaidLine[] {
  const out: LaidLine[] = [];
  for (const page of pages) {
    const lines = page.filter(
      (l, i) => !((i === 0 || i === page.length - 1) && PAGE_NUMBER.test(l.text)),
    );
    const margin = Math.max(...lines.map((l) => l.right));
    const width = margin - Math.min(...lines.map((l) => l.left));
    const step = usualLineStep(lines);
    lines.forEach((l, i) => {
      const above = lines[i - 1];
      out.push({
        text: l.text,
        endsShort: margin - l.right > Math.max(4 * l.size, width * 0.12),
        gapBefore: above !== undefined && step !== null && above.y - l.y > step * 1.6,
      });
    });
  }
  return out;
}

// The median distance between consecutive baselines going down the page, or null with too few.
function usualLineStep(lines: readonly PageLine[]): number | null {
  const steps = lines
    .slice(1)
    .map((l, i) => (lines[i] as PageLine).y - l.y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  return steps.length >= 2 ? (steps[Math.floor(steps.length / 2)] as number) : null;
}

// Private-use code points, controls and U+FFFD: what pdf.js gives for glyphs a font maps to no
// Unicode character.
const unreadable = (c: number) =>
  (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a);

/** True when most of a PDF's text is glyphs without a Unicode meaning: a text layer of noise. */
export function isGarbled(text: string): boolean {
  const visible = [...text.replace(/\s+/g, '')];
  const noise = visible.filter((ch) => unreadable(ch.codePointAt(0) ?? 0)).length;
  return visible.length > 0 && noise > visible.length * 0.3;
}
