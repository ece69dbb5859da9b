// Rough text widths for laying out chart labels before they are drawn. Measuring each label in
// the DOM would cost a forced layout per label on every filter change; an estimate that errs on
// the wide side is enough to decide where a label fits and where to cut it.

// Han, kana, hangul and full-width forms take a full em; other characters about 0.55 em in the
// app's sans-serif (wide capitals like W and M are rare enough to average out).
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW_EM = 0.55;

const charWidth = (char: string, fontSize: number) => (WIDE.test(char) ? 1 : NARROW_EM) * fontSize;

export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char, fontSize);
  return width;
}

/** `text` whole if it fits in `maxWidth` pixels, otherwise cut with "…" so that it does. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - estimateTextWidth('…', fontSize);
  let cut = '';
  let width = 0;
  for (const char of text) {
    width += charWidth(char, fontSize);
    if (width > room) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}
