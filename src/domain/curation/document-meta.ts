// Reads what a news article or official page says about itself: its title, its date and, for a
// repost, the outlet it credits ("来源：北京日报", "新华社北京1月2日电"; "本报讯" is the paper's own).

export interface DocumentMeta {
  title: string | null;
  /** YYYY-MM-DD when the text states a full date near its top; null otherwise. */
  date: string | null;
  /** The credited original outlet, or null. */
  outlet: string | null;
  /** True when the text says it is the paper's own report (本报讯). */
  ownReport: boolean;
}

const HEAD = 600;
const FULL_DATE = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
const SOURCE_LINE = /(?:来源|來源|稿源)\s*[:：]\s*([^\s，,。|｜]{2,20})/;
const DATELINE =
  /(新华社|中新社|中国新闻社|人民网|央视网|新华网)[^\s，,。]{0,6}?\d{1,2}月\d{1,2}日(?:电|讯)/;

const pad = (n: string) => n.padStart(2, '0');

/** The document's title, date and credited outlet, as far as its text says. */
export function readDocumentMeta(text: string): DocumentMeta {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim());
  const title = lines.find((l) => l.length > 0) ?? null;
  const head = text.slice(0, HEAD);
  const dateMatch = FULL_DATE.exec(head);
  const date = dateMatch ? `${dateMatch[1]}-${pad(dateMatch[2]!)}-${pad(dateMatch[3]!)}` : null;
  const outlet = SOURCE_LINE.exec(text)?.[1] ?? DATELINE.exec(head)?.[1] ?? null;
  return { title, date, outlet, ownReport: /本报讯/.test(head) };
}
