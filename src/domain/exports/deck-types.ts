// What a deck says, slide by slide, as plain text and numbers: the writer only lays it out.
import type { Status } from '../evaluation/status';
import type { DeckChart } from './deck-charts';

export type DeckLine = { text: string; status: Status };
export type DeckRow = {
  cells: string[];
  status: Status | null;
  /** wrapped lines it takes */ lines: number;
};
export type CountGroup = {
  heading: string;
  hint: string;
  counts: { status: Status; label: string; count: number }[];
};

export type DeckSlide =
  | { kind: 'cover'; heading: string; lines: string[] }
  | {
      kind: 'summary';
      heading: string;
      groups: CountGroup[];
      notes: string[];
      attentionHeading: string;
      attention: DeckLine[];
      more: string | null;
    }
  | { kind: 'lines'; heading: string; lines: DeckLine[]; more: string | null }
  | { kind: 'charts'; heading: string; charts: DeckChart[]; note: string | null }
  | {
      kind: 'table';
      heading: string;
      header: string[];
      headerLines: number;
      /** Share of the table's width each column takes (sums to 1). */
      weights: number[];
      rows: DeckRow[];
      note: string | null;
    };

export type Deck = {
  slides: DeckSlide[];
  /** The line at the foot of every slide: title, as-of date, dataset. */
  footer: string;
  /** "模拟数据 · 非真实进展" on every slide of a demo deck; null for published data. */
  demo: string | null;
};
