// @vitest-environment node
// Quantities stated in words: 全覆盖 as a share of 100% of something named, and round magnitudes
// approached or passed (近万, 上千), kept visibly approximate.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { approximateMagnitudes, coverageIn } from '../../src/domain/curation/worded-quantities';
import { readQuote } from '../../src/domain/dataset/quote-meaning';

const claims = (text: string, date = '2024-03-01') => extractClaims(text, { date }).candidates;

describe('全覆盖', () => {
  it('is a share of 100% of what it names, whose quote passes data:check', () => {
    const [c] = claims('到2025年，全市实现社区卫生服务机构全覆盖。');
    expect(c).toMatchObject({
      kind: 'target',
      value: 100,
      unit: 'percent',
      year: 2025,
      problem: null,
    });
    expect(c!.quote).toBe('全市实现社区卫生服务机构全覆盖。');
    expect(readQuote(c!.quote, { value: 100, unit: 'percent', deadlineYear: 2025 }).ok).toBe(true);
    expect(claims('已实现街道乡镇全部覆盖。')).toMatchObject([{ kind: 'actual', value: 100 }]);
  });
  it('needs something named: 力争全覆盖 alone states no claim', () => {
    expect(claims('力争全覆盖。')).toEqual([]);
    expect(coverageIn('逐步实现全覆盖')).toBeNull();
    expect(coverageIn('实现社区全覆盖')).toMatchObject({ value: 100, at: 4, end: 7 });
  });
  it('is proposed once per sentence that restates it', () => {
    const text = '今年将实现中小学全覆盖，在基础教育、职业教育全覆盖。';
    expect(claims(text).map((c) => c.value)).toEqual([100]);
  });
  it('is not 全面覆盖 (a manner, not a share)', () => {
    expect(claims('政策宣传全面覆盖各类企业。')).toEqual([]);
  });
});

describe('approximate figures', () => {
  it('reads 近万, 上千, 逾百万 as their magnitude with the measure word', () => {
    const found = approximateMagnitudes('近万人次，上千家企业，逾百万名职工');
    expect(found.map((q) => [q.value, q.measure, q.approximate])).toEqual([
      [10000, '人次', true],
      [1000, '家', true],
      [1000000, '名', true],
    ]);
  });
  it('never proposes one as exact: the problem says the value is not the quoted figure', () => {
    const [c] = claims('十年来累计服务教职工近万人次。');
    expect(c).toMatchObject({
      kind: 'actual',
      value: 10000,
      measure: '人次',
      problem: 'quote-value-inexact',
    });
    const [d] = claims('累计服务近5000名职工。');
    expect(d).toMatchObject({ value: 5000, problem: 'quote-value-inexact' });
  });
  it('flags 约 and 左右 too, as curators note them (原文为“近1.9万个”)', () => {
    expect(
      claims('每年培育50名左右工匠，约2万人参加，占比约60%。').map((c) => [c.value, c.problem]),
    ).toEqual([
      [50, 'quote-value-inexact'],
      [20000, 'quote-value-inexact'],
      [60, 'quote-value-inexact'],
    ]);
  });
  it('keeps 余 and 多 (at least the number) exact, as data:check reads them', () => {
    expect(claims('疏解床位2600余张，合作医院60多家。').map((c) => [c.value, c.problem])).toEqual([
      [2600, null],
      [60, null],
    ]);
  });
  it('reads no number from vague or unrelated words', () => {
    expect(approximateMagnitudes('数万名职工，近百年历史，线上千家企业')).toEqual([]);
  });
});
