// Writes a planned deck (src/domain/exports/deck-plan.ts) as a 16:9 PPTX with pptxgenjs, loaded
// only here: native charts (editable, their numbers in the chart's data sheet), tables sized to
// the rows the plan measured, 微软雅黑 declared on every run, the demo label on every slide.
import type { DeckChart } from '../../domain/exports/deck-charts';
import { DECK_TABLE } from '../../domain/exports/deck-tables';
import type { Deck, DeckSlide } from '../../domain/exports/deck-types';
import type { Status } from '../../domain/evaluation/status';
import { declareFontFallback } from './pptx-fonts';

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

/** The face every run declares (the theme lets apps without it substitute, see pptx-fonts). */
export const DECK_FONT = '微软雅黑';

export type DeckStyle = {
  status: Record<Status, { color: string; icon: string }>;
  chart: readonly string[];
  meta: { title: string; author: string; lang: string };
};

const W = 13.333;
const X = 0.5;
const INNER = W - 2 * X;
const TOP = 1.1;
const BOTTOM = 6.85;
/** Inches per wrapped line of a table row (the plan measured rows in lines). */
const LINE = (BOTTOM - TOP - 0.2) / DECK_TABLE.linesPerSlide;
const hex = (color: string) => color.replace('#', '').toUpperCase();
const text = { fontFace: DECK_FONT, color: '1F2328' } as const;

function frame(slide: Slide, heading: string, deck: Deck) {
  slide.addText(heading, {
    ...text,
    x: X,
    y: 0.35,
    w: deck.demo ? 8.8 : INNER,
    h: 0.6,
    fontSize: 22,
    bold: true,
    fit: 'shrink',
  });
  if (deck.demo)
    slide.addText(deck.demo, {
      ...text,
      x: 9.4,
      y: 0.4,
      w: 3.43,
      h: 0.45,
      fontSize: 12,
      bold: true,
      color: 'A4262C',
      align: 'center',
      fill: { color: 'FDECEA' },
      line: { color: 'A4262C', width: 0.75 },
    });
  slide.addText(deck.footer, {
    ...text,
    x: X,
    y: 7.0,
    w: 11,
    h: 0.3,
    fontSize: 9,
    color: '5F6368',
  });
  slide.slideNumber = {
    x: 12.3,
    y: 7.0,
    w: 0.6,
    h: 0.3,
    fontFace: DECK_FONT,
    fontSize: 9,
    color: '5F6368',
    align: 'right',
  };
}

function chart(
  pptx: Pptx,
  slide: Slide,
  data: DeckChart,
  box: { x: number; y: number; w: number; h: number },
  style: DeckStyle,
  horizontal: boolean,
  single: boolean,
) {
  const fonts = {
    catAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontFace: DECK_FONT,
    legendFontFace: DECK_FONT,
    titleFontFace: DECK_FONT,
    dataLabelFontFace: DECK_FONT,
    valAxisTitleFontFace: DECK_FONT,
  };
  slide.addChart(
    pptx.ChartType.bar,
    data.series.map((s) => ({
      name: s.name,
      labels: data.categories,
      values: s.values as number[],
    })),
    {
      ...box,
      ...fonts,
      barDir: horizontal ? 'bar' : 'col',
      barGrouping: 'clustered',
      chartColors: style.chart.slice(0, data.series.length).map(hex),
      // Horizontal bars read top-down in the plan's order.
      ...(horizontal ? { catAxisOrientation: 'maxMin' as 'minMax' } : {}),
      catAxisLabelFontSize: single ? 11 : 9,
      valAxisLabelFontSize: 9,
      showValue: true,
      dataLabelFontSize: single ? 9 : 8,
      // Progress to one decimal; a count or a rate as the data states it.
      dataLabelFormatCode: data.axis === '%' ? '0.0' : 'General',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 10,
      showTitle: !single,
      title: data.title,
      titleFontSize: 12,
      showValAxisTitle: true,
      valAxisTitle: data.axis,
      valAxisTitleFontSize: 10,
    },
  );
}

function table(slide: Slide, s: Extract<DeckSlide, { kind: 'table' }>, style: DeckStyle) {
  const cell = (value: string, opts: Record<string, unknown> = {}) => ({
    text: value,
    options: opts,
  });
  const header = s.header.map((h) => cell(h, { bold: true, fill: { color: 'E8ECF0' } }));
  const body = s.rows.map((row) =>
    row.cells.map((value, c) =>
      cell(
        value,
        c === row.cells.length - 1 && row.status
          ? { color: hex(style.status[row.status].color), bold: true }
          : {},
      ),
    ),
  );
  const rowH = [s.headerLines, ...s.rows.map((r) => r.lines)].map(
    (n) => (n + DECK_TABLE.rowPadding) * LINE,
  );
  slide.addTable([header, ...body], {
    ...text,
    x: X,
    y: TOP,
    w: INNER,
    colW: s.weights.map((w) => w * INNER),
    rowH,
    fontSize: 10,
    valign: 'middle',
    margin: 0.04,
    border: { type: 'solid', pt: 0.5, color: 'C9CED6' },
    autoPage: false,
  });
  if (s.note)
    slide.addText(s.note, {
      ...text,
      x: X,
      y: 6.55,
      w: INNER,
      h: 0.35,
      fontSize: 10,
      color: '5F6368',
    });
}

function lines(
  slide: Slide,
  items: { text: string; status: Status }[],
  box: { y: number; h: number },
  fontSize: number,
  style: DeckStyle,
) {
  if (items.length === 0) return;
  slide.addText(
    items.map((item) => ({
      text: item.text,
      options: {
        bullet: { code: '25A0' },
        color: hex(style.status[item.status].color),
        breakLine: true,
        paraSpaceAfter: 4,
      },
    })),
    { ...text, x: X, y: box.y, w: INNER, h: box.h, fontSize, valign: 'top' },
  );
}

/** "另有 N 项…" at the foot of a slide whose lines were cut. */
function moreNote(slide: Slide, note: string) {
  slide.addText(note, { ...text, x: X, y: 6.5, w: INNER, h: 0.35, fontSize: 10, color: '5F6368' });
}

function summary(slide: Slide, s: Extract<DeckSlide, { kind: 'summary' }>, style: DeckStyle) {
  s.groups.forEach((group, g) => {
    const y = TOP + g * 1.15;
    slide.addText(
      [
        { text: group.heading, options: { bold: true, fontSize: 16, breakLine: true } },
        { text: group.hint, options: { fontSize: 9, color: '5F6368' } },
      ],
      { ...text, x: X, y, w: 2.2, h: 1 },
    );
    const boxW = (INNER - 2.3) / 4;
    group.counts.forEach((c, i) => {
      const colour = hex(style.status[c.status].color);
      slide.addText(
        [
          {
            text: String(c.count),
            options: { fontSize: 26, bold: true, color: colour, breakLine: true },
          },
          {
            text: `${style.status[c.status].icon} ${c.label}`,
            options: { fontSize: 11, color: colour },
          },
        ],
        {
          ...text,
          x: X + 2.3 + i * boxW,
          y,
          w: boxW - 0.12,
          h: 1,
          align: 'center',
          line: { color: colour, width: 1 },
        },
      );
    });
  });
  const notesY = TOP + 2.3;
  if (s.notes.length)
    slide.addText(s.notes.join(' '), {
      ...text,
      x: X,
      y: notesY,
      w: INNER,
      h: 0.35,
      fontSize: 10,
      color: '5F6368',
    });
  slide.addText(s.attentionHeading, {
    ...text,
    x: X,
    y: notesY + 0.4,
    w: INNER,
    h: 0.4,
    fontSize: 16,
    bold: true,
  });
  lines(slide, s.attention, { y: notesY + 0.8, h: BOTTOM - notesY - 1.2 }, 11, style);
  if (s.more) moreNote(slide, s.more);
}

function draw(pptx: Pptx, deck: Deck, s: DeckSlide, style: DeckStyle) {
  const slide = pptx.addSlide();
  if (s.kind === 'cover') {
    if (deck.demo)
      slide.addText(deck.demo, {
        ...text,
        x: X,
        y: 0.5,
        w: INNER,
        h: 0.5,
        fontSize: 16,
        bold: true,
        color: 'A4262C',
      });
    slide.addText(s.heading, {
      ...text,
      x: X,
      y: 2.0,
      w: INNER,
      h: 1.1,
      fontSize: 32,
      bold: true,
      fit: 'shrink',
    });
    slide.addText(s.lines.join('\n'), {
      ...text,
      x: X,
      y: 3.3,
      w: INNER,
      h: 3.2,
      fontSize: 16,
      valign: 'top',
      color: '3C4043',
      paraSpaceAfter: 6,
    });
    return;
  }
  frame(slide, s.heading, deck);
  if (s.kind === 'summary') summary(slide, s, style);
  if (s.kind === 'lines') {
    lines(slide, s.lines, { y: TOP, h: 5.3 }, 12, style);
    if (s.more) moreNote(slide, s.more);
  }
  if (s.kind === 'table') table(slide, s, style);
  if (s.kind === 'charts') {
    const single = s.charts.length === 1;
    const h = (s.note ? 6.45 : BOTTOM) - TOP;
    s.charts.forEach((c, i) => {
      const box = single
        ? { x: X, y: TOP, w: INNER, h }
        : {
            x: X + (i % 2) * (INNER / 2 + 0.05),
            y: TOP + Math.floor(i / 2) * (h / 2 + 0.05),
            w: INNER / 2 - 0.05,
            h: h / 2 - 0.05,
          };
      chart(pptx, slide, c, box, style, single && c.axis === '%', single);
    });
    if (s.note)
      slide.addText(s.note, {
        ...text,
        x: X,
        y: 6.5,
        w: INNER,
        h: 0.35,
        fontSize: 10,
        color: '5F6368',
      });
  }
}

/** The deck as PPTX bytes. */
export async function pptxBytes(deck: Deck, style: DeckStyle): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = style.meta.title;
  pptx.author = style.meta.author;
  pptx.company = style.meta.author;
  for (const s of deck.slides) draw(pptx, deck, s, style);
  const written = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return declareFontFallback(written, DECK_FONT);
}
