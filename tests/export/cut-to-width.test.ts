// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cutToWidth } from '../../src/lib/export/text-layout';

// Ten pixels a character, so the expected cuts can be counted by hand.
const width = (text: string) => [...text].length * 10;

describe(cutToWidth, () => {
  it('keeps a text that fits whole', () => {
    expect(cutToWidth('abcdef', 60, width)).toBe('abcdef');
  });
  it('cuts the longest start that fits with "…" after it', () => {
    // "abc…" is 40 px; "abcd…" would be 50.
    expect(cutToWidth('abcdef', 45, width)).toBe('abc…');
    expect(cutToWidth('职工创新工作室', 45, width)).toBe('职工创…');
  });
  it('drops a space before the "…"', () => {
    expect(cutToWidth('ab cdef', 40, width)).toBe('ab…');
  });
  it('leaves only "…" when nothing else fits', () => {
    expect(cutToWidth('abc', 5, width)).toBe('…');
  });
});
