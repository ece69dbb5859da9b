// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { awaitsFinalFigure } from '../../src/domain/evaluation/final-figure';

const deadline = '2024-12-31';

describe(awaitsFinalFigure, () => {
  it('is true for a due target with no result whose latest report predates the deadline', () => {
    const latest = { date: '2024-09-30', value: 250 };
    expect(awaitsFinalFigure({ status: 'due_no_result', latest, deadline })).toBe(true);
  });

  it('is false once a report for the deadline itself is in', () => {
    const latest = { date: '2024-12-31', value: 280 };
    expect(awaitsFinalFigure({ status: 'missed', latest, deadline })).toBe(false);
  });

  it('is false for any other status, or without reports', () => {
    const latest = { date: '2024-09-30', value: 250 };
    expect(awaitsFinalFigure({ status: 'off_track', latest, deadline })).toBe(false);
    expect(awaitsFinalFigure({ status: 'due_no_result', latest: null, deadline })).toBe(false);
  });
});
