// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { breakPieces, fitText, wrapText } from '../../src/lib/export/wrap-text';

/** Every character 10 px wide at size 10 (a monospace stand-in for the browser's measure). */
const at = (text: string, size: number) => [...text].length * size;
const width = (text: string) => at(text, 10);

describe(breakPieces, () => {
  it('breaks English after spaces and Chinese between characters, keeping numbers and punctuation', () => {
    expect(breakPieces('Progress towards target')).toEqual(['Progress ', 'towards ', 'target']);
    expect(breakPieces('目标（2025年）完成')).toEqual(['目', '标', '（2025', '年）', '完', '成']);
    expect(breakPieces('截至 2025年，数据')).toEqual(['截', '至 ', '2025', '年，', '数', '据']);
  });

  it('keeps a separator dot with what comes before it', () => {
    expect(breakPieces('a · b')).toEqual(['a · ', 'b']);
  });
});

describe(wrapText, () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('abc def', 70, width)).toEqual(['abc def']);
  });

  it('wraps English at spaces, never inside a word', () => {
    // "Progress towards" is 16 characters = 160 px; the line holds 150.
    expect(wrapText('Progress towards target (share of target)', 150, width)).toEqual([
      'Progress',
      'towards target',
      '(share of',
      'target)',
    ]);
  });

  it('wraps Chinese between characters', () => {
    expect(wrapText('职工创新工作室数量', 40, width)).toEqual(['职工创新', '工作室数', '量']);
  });

  it('leaves a word longer than the line whole, alone on its line', () => {
    expect(wrapText('a abcdefgh b', 50, width)).toEqual(['a', 'abcdefgh', 'b']);
  });
});

describe(fitText, () => {
  it('keeps the size when every line fits', () => {
    expect(fitText('ab cd', 30, 10, 6, at)).toEqual({ lines: ['ab', 'cd'], size: 10 });
  });

  it('shrinks until a long word fits rather than cutting it', () => {
    // "abcdefgh" is 8 characters: 80 px at 10, 64 at 8 (fits 65), 72 at 9.
    expect(fitText('abcdefgh', 65, 10, 6, at)).toEqual({ lines: ['abcdefgh'], size: 8 });
  });

  it('stops at the smallest size', () => {
    expect(fitText('abcdefgh', 10, 10, 6, at)).toEqual({ lines: ['abcdefgh'], size: 6 });
  });
});
