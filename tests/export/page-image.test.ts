import { describe, expect, it } from 'vitest';
import { pageScale, styledProperties } from '../../src/lib/export/page-image';

describe(pageScale, () => {
  it('follows the screen up to 2× and shrinks a very long page to fit a canvas', () => {
    expect(pageScale(1200, 6000, 1)).toBe(1);
    expect(pageScale(1200, 6000, 3)).toBe(2);
    expect(pageScale(1200, 32_000, 2)).toBe(0.5);
  });
});

describe(styledProperties, () => {
  it('copies what the stylesheets and inline styles set, less what a picture never shows', () => {
    document.head.innerHTML =
      '<style>.a { color: red; cursor: pointer; transition: color 1s; outline: 1px solid; }' +
      ' @media (min-width: 1px) { .b { border-top-width: 2px; pointer-events: none; } }</style>';
    document.body.innerHTML = '<main id="m"><p style="letter-spacing: 1px">x</p></main>';
    const names = styledProperties(document.getElementById('m')!);
    expect(names).toEqual(expect.arrayContaining(['color', 'border-top-width', 'letter-spacing']));
    // The basics are always there, whatever the stylesheets say.
    expect(names).toEqual(expect.arrayContaining(['display', 'width', 'font-size']));
    for (const unseen of ['cursor', 'transition-duration', 'outline-style', 'pointer-events'])
      expect(names).not.toContain(unseen);
  });
});
