// The Word briefing's plan: the printed briefing's content as headings, paragraphs and tables,
// in the order it is read. Page 1 holds the title, 需关注 and the summary table; then a table per
// series and per plan; the sources last. Pure: the words come in, the writer (lib/export) only
// lays out what this returns.

/** A table as text: a header row that repeats on every page, and relative column widths. */
export type DocTable = { header: string[]; rows: string[][]; widths: number[] };

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'meta' | 'warning' }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; table: DocTable; caption: string }
  | { kind: 'pageBreak' };

export type WordBriefing = { blocks: DocBlock[]; footer: string; language: 'zh' | 'en' };

/** One series or plan with its table: a heading, a few lines about it, the table. */
export type DocEntry = { heading: string; lines: string[]; table: DocTable };

export type WordBriefingParts = {
  title: string;
  /** As-of date, scope, when produced and from which data; the simulated label in demo mode. */
  meta: string[];
  warning: string | null;
  attention: { heading: string; lines: string[]; empty: string };
  summary: { heading: string; counts: string[]; notes: string[]; table: DocTable; caption: string };
  series: { heading: string; entries: DocEntry[] };
  plans: { heading: string; entries: DocEntry[] };
  sources: { heading: string; items: string[] };
  footer: string;
  language: 'zh' | 'en';
};

const entryBlocks = (entry: DocEntry): DocBlock[] => [
  { kind: 'heading', level: 2, text: entry.heading },
  ...entry.lines.map((text): DocBlock => ({ kind: 'paragraph', text })),
  { kind: 'table', table: entry.table, caption: entry.heading },
];

/** The document's blocks in reading order; empty parts are left out, never printed empty. */
export function wordBriefing(parts: WordBriefingParts): WordBriefing {
  const { attention, summary, series, plans, sources } = parts;
  const blocks: DocBlock[] = [
    { kind: 'title', text: parts.title },
    ...parts.meta.map((text): DocBlock => ({ kind: 'paragraph', text, tone: 'meta' })),
    ...(parts.warning
      ? [{ kind: 'paragraph', text: parts.warning, tone: 'warning' } as const]
      : []),
    { kind: 'heading', level: 1, text: attention.heading },
    attention.lines.length > 0
      ? { kind: 'numbered', items: attention.lines }
      : { kind: 'paragraph', text: attention.empty },
    { kind: 'heading', level: 1, text: summary.heading },
    ...summary.counts.map((text): DocBlock => ({ kind: 'paragraph', text })),
    ...summary.notes.map((text): DocBlock => ({ kind: 'paragraph', text, tone: 'meta' })),
    ...(summary.table.rows.length > 0
      ? [{ kind: 'table', table: summary.table, caption: summary.caption } as const]
      : []),
  ];
  const rest: DocBlock[] = [
    ...(series.entries.length > 0
      ? [
          { kind: 'heading', level: 1, text: series.heading } as const,
          ...series.entries.flatMap(entryBlocks),
        ]
      : []),
    ...(plans.entries.length > 0
      ? [
          { kind: 'heading', level: 1, text: plans.heading } as const,
          ...plans.entries.flatMap(entryBlocks),
        ]
      : []),
    ...(sources.items.length > 0
      ? [
          { kind: 'heading', level: 1, text: sources.heading } as const,
          { kind: 'numbered', items: sources.items } as const,
        ]
      : []),
  ];
  // The per-series and per-plan tables start on page 2, so page 1 is the summary alone.
  if (rest.length > 0) blocks.push({ kind: 'pageBreak' }, ...rest);
  return { blocks, footer: parts.footer, language: parts.language };
}
