// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SIMULATED_STAMP } from '../../src/lib/export/stamp';
import { layoutStamp } from '../../src/lib/export/stamp-layout';
import { STAMP } from '../../src/lib/export/text-layout';

/** Each character half its size wide (bold or not). */
const widthAt = (text: string, size: number) => [...text].length * size * 0.5;

describe(layoutStamp, () => {
  it('lays short lines out one each: title 24 px high, the rest 18, 16 px padding', () => {
    const { rows, height } = layoutStamp(['Title', 'As of', 'Exported'], 760, widthAt);
    expect(rows.map((r) => [r.text, r.y, r.size, r.bold])).toEqual([
      ['Title', 28, 16, true],
      ['As of', 49, 12, false],
      ['Exported', 67, 12, false],
    ]);
    expect(height).toBe(16 + 24 + 18 + 18 + 16);
  });

  it('wraps a line wider than the picture and grows the band by one line per wrap', () => {
    // 100 px wide, 68 px for text: a 12 px line holds 11 characters (6 px each).
    const { rows, height } = layoutStamp(['T', 'aaaa bbbb cccc dddd'], 100, widthAt);
    expect(rows.map((r) => r.text)).toEqual(['T', 'aaaa bbbb', 'cccc dddd']);
    expect(rows.map((r) => r.y)).toEqual([28, 49, 67]);
    expect(height).toBe(16 + 24 + 18 + 18 + 16);
    for (const row of rows) expect(widthAt(row.text, row.size)).toBeLessThanOrEqual(100 - 32);
  });

  it('colours the simulated label as a warning, in bold', () => {
    const { rows } = layoutStamp(['T', SIMULATED_STAMP], 760, widthAt);
    expect(rows[1]).toMatchObject({ bold: true, fill: STAMP.warn });
  });
});
