import { describe, expect, it } from 'vitest';
import { fixQuoteKeywords, pageScale } from '../../src/lib/export/page-image';

describe(fixQuoteKeywords, () => {
  it('turns the quote keywords modern-screenshot copies as text into the quotation marks', () => {
    const css =
      ".a::before { content: 'open-quote'; color: red; }\n.a::after { content: 'close-quote'; }";
    expect(fixQuoteKeywords(css)).toBe(
      ".a::before { content: '\\201C'; color: red; }\n.a::after { content: '\\201D'; }",
    );
    expect(fixQuoteKeywords("content: 'no-open-quote';")).toBe("content: '';");
    expect(fixQuoteKeywords("content: 'open-quotes are fine';")).toBe(
      "content: 'open-quotes are fine';",
    );
  });
});

describe(pageScale, () => {
  it('follows the screen up to 2× and shrinks a very long page to fit a canvas', () => {
    expect(pageScale(1200, 6000, 1)).toBe(1);
    expect(pageScale(1200, 6000, 3)).toBe(2);
    expect(pageScale(1200, 32_000, 2)).toBe(0.5);
  });
});
