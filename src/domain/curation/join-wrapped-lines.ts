// A PDF holds lines, not paragraphs: a sentence the layout wrapped arrives in pieces, and the
// extractor would split it at each break. This joins the pieces back into the sentence they were.

/** One line as laid out: its text, and whether the layout ended it on purpose. */
export type LaidLine = {
  text: string;
  /** Ends well before the right margin, so the writer broke it there (a heading, a last line). */
  endsShort?: boolean;
  /** Stands after a wider vertical gap than its neighbours: a new paragraph. */
  gapBefore?: boolean;
};

// A line ending in one of these ended its sentence or clause (colons introduce a list).
const ENDS_SENTENCE = /[。；！？：…”’」』.;!?:]$/;
// A line starting with one of these starts a new item: 一、 （一） 1. 1、 (1) ① 第一章 第三条 • - …
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}(?:[、．]|\.(?!\d))|[（(]\d{1,3}[）)]|[①-⑳]|第[一二三四五六七八九十百零\d]+[章节条部分篇]|[•·●▪■◆◇○]|[-–—]\s)/;
// Latin text wraps only between words, so a Latin word on either side keeps a space; a number
// cut by the line's end (CJK layout breaks anywhere: "10" / "99部") joins without one.
const needsSpace = (before: string, after: string) =>
  (/[A-Za-z]$/.test(before) && /^[A-Za-z0-9(]/.test(after)) ||
  (/[A-Za-z0-9,;%)]$/.test(before) && /^[A-Za-z(]/.test(after));

/**
 * The lines as text, each wrapped sentence on one line: a line that does not end its sentence is
 * joined to the next one unless that one starts a heading or list item, the layout ended the line
 * short, or a paragraph gap follows. CJK joins without a space; two Latin words keep one.
 */
export function joinWrappedLines(lines: readonly (string | LaidLine)[]): string {
  let out = '';
  let previous: LaidLine | null = null;
  for (const raw of lines) {
    const line = typeof raw === 'string' ? { text: raw } : raw;
    const text = line.text.trim();
    if (previous === null) {
      out = text;
    } else if (text === '' || previous.text.trim() === '') {
      out += '\n';
      out += text;
    } else if (continues(previous, { ...line, text })) {
      out += needsSpace(out, text) ? ` ${text}` : text;
    } else {
      out += `\n${text}`;
    }
    previous = line;
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

function continues(previous: LaidLine, next: LaidLine): boolean {
  return (
    !previous.endsShort &&
    !next.gapBefore &&
    !ENDS_SENTENCE.test(previous.text.trim()) &&
    !STARTS_ITEM.test(next.text)
  );
}
