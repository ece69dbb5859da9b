// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractNumbers, extractQuantities } from '../../src/domain/dataset/quote-numbers';
import { quoteBacks } from '../../src/domain/dataset/quote-meaning';

describe(extractNumbers, () => {
  it.each([
    // arabic numbers, separators, decimals
    ['职工创新工作室达到8000家', [8000]],
    ['老楼加装电梯新开工1099部,完工822部', [1099, 822]],
    ['8,000 worker innovation studios', [8000]],
    ['1,180,000 high-skilled workers', [1180000]],
    ['PM2.5年均浓度为27.0微克/立方米', [2.5, 27]],
    ['優良天數比率79.2%', [79.2]],
    // "12,3456" is not a thousands grouping, so it stays two numbers
    ['12,3456', [12, 3456]],
    // fullwidth digits and signs
    ['职工创新工作室达到８０００家', [8000]],
    ['签订率达到９０％', [90]],
    ['８．５', [8.5]],
    // 万 / 萬 / 亿 / 億 after digits; values are stored in full
    ['实现城镇新增就业不少于28万人', [280000]],
    ['提供11.2萬個高校畢業生就業崗位', [112000]],
    ['职工之家达到1.8万个', [18000]],
    ['全市共有高技能人才118万人', [1180000]],
    ['惠及1.18亿人', [118000000]],
    ['新增就业29.9 万人', [299000]],
    ['1.18 million workers', [1180000]],
    // percent
    ['百人以上企业集体合同签订率达到90%', [100, 90]],
    ['全年空气质量优良率达到85.2%', [85.2]],
    ['覆盖率达到百分之九十', [90]],
    ['优良天数比例接近八成', [80]],
    // Chinese numerals
    ['职工创新工作室达到八千家', [8000]],
    ['提供不少于十万个岗位', [100000]],
    ['三百个小区', [300]],
    ['一千部电梯', [1000]],
    ['十个接待日', [10]],
    ['两千名大工匠', [2000]],
    ['通过五年左右时间', [5]],
    ['一百零五家', [105]],
    ['三万五千个', [35000]],
    ['一亿二千万人', [120000000]],
    ['二〇二五年', [2025]],
    // 十四五 is "the 14th Five-Year Plan": two numbers, not fifteen
    ['“十四五”时期', [14, 5]],
    ['2025年提供11.2万个高校毕业生就业岗位，精准帮扶7.2万名', [2025, 112000, 72000]],
    ['全市共有市级以上职工创新工作室六百八十三家', [683]],
    // a quote with no number at all
    ['持续推进各项改造政策措施落地见效', []],
    ['', []],
  ])('reads %j as %j', (text, expected) => {
    expect(extractNumbers(text)).toEqual(expected);
  });
});

describe(extractQuantities, () => {
  it('marks which numbers were written as shares', () => {
    expect(extractQuantities('覆盖率达到90%、职工之家达到1.8万个、九成')).toEqual([
      { value: 90, percent: true },
      { value: 18000, percent: false },
      { value: 90, percent: true },
    ]);
  });
});

// The old quoteStatesValue matched any number anywhere with a float tolerance; quoteBacks reads
// the unit, the year words and exact values (issue 16 item 2). These pin what changed.
describe(quoteBacks, () => {
  it('is true when the quote states the count, in digits, numerals or with 万/亿', () => {
    expect(quoteBacks('职工创新工作室达到8000家', { value: 8000, unit: 'count' })).toBe(true);
    expect(quoteBacks('职工创新工作室达到八千家', { value: 8000, unit: 'count' })).toBe(true);
    expect(quoteBacks('城镇新增就业不少于28万人', { value: 280000, unit: 'count' })).toBe(true);
    expect(quoteBacks('惠及1.18亿人', { value: 118000000, unit: 'count' })).toBe(true);
  });

  it('is false for a value stored in 万 rather than in full', () => {
    expect(quoteBacks('城镇新增就业不少于28万人', { value: 28, unit: 'count' })).toBe(false);
  });

  it('compares values exactly: 0.1 + 0.2 (0.30000000000000004) is not a quoted 0.3%', () => {
    expect(quoteBacks('增长0.3%', { value: 0.3, unit: 'percent' })).toBe(true);
    expect(quoteBacks('增长0.3%', { value: 0.1 + 0.2, unit: 'percent' })).toBe(false);
    expect(quoteBacks('城镇新增就业28万人', { value: 280000.0002, unit: 'count' })).toBe(false);
  });

  it('never backs a count with a percentage', () => {
    expect(quoteBacks('签订率达到90%', { value: 90, unit: 'count' })).toBe(false);
  });

  it('reads 全覆盖 as 100 for a percent, but never takes 五年 (a span of years) as a value', () => {
    const quote = '通过五年左右时间，实现‘劳模工匠进校园’行动在大中小学全覆盖';
    expect(quoteBacks(quote, { value: 100, unit: 'percent' })).toBe(true);
    expect(quoteBacks(quote, { value: 5, unit: 'count' })).toBe(false);
    expect(quoteBacks(quote, { value: 100, unit: 'count' })).toBe(false);
  });
});
