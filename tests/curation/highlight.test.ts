// @vitest-environment node
// The document's marks: every quote marked once, overlapping quotes split where they overlap.
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/domain/curation/highlight';

describe('highlightSegments', () => {
  it('marks each quote and keeps the text whole', () => {
    const text = '新开工355个、完工183个。其他';
    //            0123456789…: "新开工355个" is 0–7, "完工183个" is 8–14.
    const segments = highlightSegments(text, [
      { at: 0, length: 7, index: 0 },
      { at: 8, length: 6, index: 1 },
    ]);
    expect(segments).toEqual([
      { text: '新开工355个', mark: [0] },
      { text: '、', mark: null },
      { text: '完工183个', mark: [1] },
      { text: '。其他', mark: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping quotes so the inner one stays visible', () => {
    // A clause (0–14) and, inside it, a shorter quote (8–14).
    const segments = highlightSegments('新开工355个、完工183个', [
      { at: 0, length: 14, index: 0 },
      { at: 8, length: 6, index: 1 },
    ]);
    expect(segments).toEqual([
      { text: '新开工355个、', mark: [0] },
      { text: '完工183个', mark: [0, 1] },
    ]);
  });

  it('ignores a span outside the text', () => {
    expect(highlightSegments('abc', [{ at: 5, length: 2, index: 0 }])).toEqual([
      { text: 'abc', mark: null },
    ]);
  });
});
