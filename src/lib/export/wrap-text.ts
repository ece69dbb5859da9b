// Line breaking for text drawn into exported images, where nothing wraps on its own: English
// breaks at spaces, Chinese between characters (not before closing or after opening
// punctuation), and a word is never split. Pure: the caller passes how wide a text is.

export type MeasureText = (text: string) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Punctuation that must not start a line (it closes what came before). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕”’…·,.;:!?)]}%']);
/** Punctuation that must not end a line (it opens what follows). */
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);

/** The text cut into the pieces a line may break between, each with the spaces after it. */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const chars = [...text];
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    current += char;
    if (next === undefined) return;
    const spaceEnds = /\s/u.test(char) && !/\s/u.test(next);
    const cjkBoundary =
      (CJK.test(char) || CJK.test(next)) && !/\s/u.test(char) && !/\s/u.test(next);
    const allowed = !NO_LINE_START.has(next) && !NO_LINE_END.has(char);
    if ((spaceEnds || cjkBoundary) && allowed) {
      pieces.push(current);
      current = '';
    }
  });
  if (current) pieces.push(current);
  return pieces;
}

/**
 * `text` in lines at most `maxWidth` wide, filled greedily. A single piece wider than the line
 * (a long word) stands alone on its line: see fitText for shrinking to make it fit.
 */
export function wrapText(text: string, maxWidth: number, width: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text)) {
    const candidate = line + piece;
    if (line && width(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = candidate;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Wrapped at `size`, or at the largest smaller size (down to `minSize`) at which every line
 * fits: a word too long for the line shrinks the text rather than being cut.
 */
export function fitText(
  text: string,
  maxWidth: number,
  size: number,
  minSize: number,
  widthAt: (text: string, size: number) => number,
): { lines: string[]; size: number } {
  for (let s = size; ; s -= 1) {
    const measure = (t: string) => widthAt(t, s);
    const lines = wrapText(text, maxWidth, measure);
    if (s <= minSize || lines.every((line) => measure(line) <= maxWidth)) return { lines, size: s };
  }
}
