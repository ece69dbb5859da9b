// The document cut into plain runs and marked runs, one mark per candidate's quote
// (candidate.at, quote length), for the page that shows every proposed figure in its text.
// Quotes of one sentence may overlap (a clause and the longer clause around it): a mark starts
// where the previous one ended, so every character is shown once and every mark stays visible.

export interface Span {
  at: number;
  length: number;
  /** The candidate's index. */
  index: number;
}

export type Segment = { text: string; mark: null } | { text: string; mark: number[] };

/** Runs of the text in order; a marked run lists every candidate whose quote covers it. */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const inside = spans
    .map((s) => ({ ...s, end: Math.min(text.length, s.at + s.length) }))
    .filter((s) => s.at >= 0 && s.end > s.at);
  const cuts = new Set([0, text.length]);
  for (const s of inside) cuts.add(s.at).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = inside.filter((s) => s.at <= from && to <= s.end).map((s) => s.index);
    const run = text.slice(from, to);
    const last = segments[segments.length - 1];
    // Neighbouring runs covered by the same candidates are one run.
    if (last && sameMarks(last.mark, covering.length > 0 ? covering : null)) last.text += run;
    else
      segments.push(
        covering.length > 0 ? { text: run, mark: covering } : { text: run, mark: null },
      );
  }
  return segments;
}

function sameMarks(a: number[] | null, b: number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
