// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isGarbled,
  layOutPages,
  linesOfPage,
  type PageLine,
  type TextRun,
} from '../../src/domain/curation/pdf-lines';

const run = (str: string, x: number, y: number, width: number, hasEOL = false): TextRun => ({
  str,
  x,
  y,
  width,
  size: 10,
  hasEOL,
});
const line = (text: string, left: number, right: number, y: number): PageLine => ({
  text,
  left,
  right,
  y,
  size: 10,
});

describe(linesOfPage, () => {
  it('puts runs on one baseline into one line and starts a line at another baseline', () => {
    const lines = linesOfPage([
      run('新增学位', 72, 700, 40),
      run('2万个', 112, 700.5, 25),
      run('建成驿站', 72, 685, 40),
    ]);
    expect(lines.map((l) => [l.text, l.left, l.right, l.y])).toEqual([
      ['新增学位2万个', 72, 137, 700],
      ['建成驿站', 72, 112, 685],
    ]);
  });

  it('starts a line after a run marked end-of-line, even on the same baseline', () => {
    expect(
      linesOfPage([
        run('甲', 72, 700, 10, true),
        run('', 82, 700, 0, true),
        run('乙', 72, 700, 10),
      ]).map((l) => l.text),
    ).toEqual(['甲', '乙']);
  });

  it('puts a space between Latin words set apart, none between Han runs', () => {
    expect(linesOfPage([run('add', 72, 700, 15), run('places', 90, 700, 30)])[0]?.text).toBe(
      'add places',
    );
    expect(linesOfPage([run('新增', 72, 700, 20), run('学位', 95, 700, 20)])[0]?.text).toBe(
      '新增学位',
    );
    // A column apart (more than 1.5 em) is a table's next cell: a space even between Han runs.
    expect(linesOfPage([run('新增', 72, 700, 20), run('学位', 200, 700, 20)])[0]?.text).toBe(
      '新增 学位',
    );
  });

  it('drops the space a layout puts between Han and Latin, keeps one between Han words', () => {
    expect(linesOfPage([run('华科仪等 6 个，2024 年', 72, 700, 120)])[0]?.text).toBe(
      '华科仪等6个，2024年',
    );
    expect(linesOfPage([run('（记者 孙艳）', 72, 700, 60)])[0]?.text).toBe('（记者 孙艳）');
  });

  it('reads Kangxi radicals as the ideographs they stand for', () => {
    expect(linesOfPage([run('⽣活⽔平', 72, 700, 40)])[0]?.text).toBe('生活水平');
  });
});

describe(layOutPages, () => {
  it('marks a line that ends well before the right margin as ended short', () => {
    const laid = layOutPages([
      [
        line('一、总体要求', 72, 132, 700),
        line('全面落实各项任务，持续推进民生', 72, 522, 685),
        line('实事项目。', 72, 122, 670),
      ],
    ]);
    expect(laid.map((l) => l.endsShort)).toEqual([true, false, true]);
  });

  it('marks a line after a wider gap than the usual line step as a new paragraph', () => {
    const laid = layOutPages([
      [
        line('甲', 72, 522, 700),
        line('乙', 72, 522, 685),
        line('丙', 72, 522, 670),
        line('丁', 72, 522, 640),
      ],
    ]);
    expect(laid.map((l) => l.gapBefore)).toEqual([false, false, false, true]);
  });

  it('leaves out page numbers at the top or bottom of a page, not numbers in the text', () => {
    const page = (n: string) => [
      line(n, 280, 300, 800),
      line('新增学位2万个，', 72, 522, 700),
      line('12', 72, 90, 685),
      line(`— ${n} —`, 280, 310, 60),
    ];
    const laid = layOutPages([page('1'), page('2')]);
    expect(laid.map((l) => l.text)).toEqual(['新增学位2万个，', '12', '新增学位2万个，', '12']);
    for (const n of ['- 3 -', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3 of 10'])
      expect(
        layOutPages([[line('正文', 72, 522, 700), line(n, 280, 310, 60)]]).map((l) => l.text),
      ).toEqual(['正文']);
  });
});

describe(isGarbled, () => {
  it('is true when most of the text is glyphs with no Unicode meaning', () => {
    expect(isGarbled('\ue001\ue002\ue003 \ue004\n2024')).toBe(true);
    expect(isGarbled('\u0003\u0004\u0005\u0006')).toBe(true);
  });
  it('is false for real text, with a stray private-use glyph or two', () => {
    expect(isGarbled('全年新增中小学学位2.5万个\ue001')).toBe(false);
    expect(isGarbled('')).toBe(false);
  });
});
