// @vitest-environment node
// Column widths in the XLSX export: Chinese and full-width characters count two units, Latin
// letters, digits and half-width katakana one, and a character beyond the BMP two.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/features/export/spreadsheet-export';

describe('displayWidth', () => {
  it('counts by how wide each character shows', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('abc 12')).toBe(6);
    expect(displayWidth('职工之家')).toBe(8);
    expect(displayWidth('覆盖率 40%')).toBe(10);
    expect(displayWidth('ＡＢ')).toBe(4); // full-width Latin
    expect(displayWidth('ｱｲ')).toBe(2); // half-width katakana
    expect(displayWidth('𠀀x')).toBe(3); // a CJK character beyond the BMP, then a letter
    expect(displayWidth('\u10ff\u1100')).toBe(3); // the edge of the wide range
  });
});
