// @vitest-environment node
// Numbers that are never values: years, dates, phone and line numbers, ordinals, ages, document
// numbers, and counts of a document's own parts. Each case sits beside a real value, so a rule that
// dropped everything would fail too.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';

const values = (text: string) =>
  extractClaims(text, { date: '2024-03-01' }).candidates.map((c) => c.value);

describe('numbers that are never values', () => {
  it('years, written with 年, bare in a span, or as a fiscal year', () => {
    expect(values('2024年新建驿站50个。')).toEqual([50]);
    expect(values('2021—2025年期间新建驿站50个。')).toEqual([50]);
    expect(values('2024年度新建驿站50个。')).toEqual([50]);
  });
  it('dates, in words or digits', () => {
    expect(values('2024年1月25日上午，新建驿站50个。')).toEqual([50]);
    expect(values('1月25日起，新建驿站50个。')).toEqual([50]);
    expect(values('2024-01-25发布，新建驿站50个。')).toEqual([50]);
  });
  it('phone, hotline and postal numbers', () => {
    expect(values('咨询电话：010-65123456，新建驿站50个。')).toEqual([50]);
    expect(values('拨打12345热线，新建驿站50个。')).toEqual([50]);
    expect(values('手机13800138000，邮编100010，新建驿站50个。')).toEqual([50]);
  });
  it('ordinals, in digits or Chinese numerals', () => {
    expect(values('第3届论坛有500名代表参加。')).toEqual([500]);
    expect(values('第六届大赛设置竞赛项目80个。')).toEqual([80]);
    expect(values('三是新建养老驿站50个。')).toEqual([50]);
    expect(values('排名第2位，新建驿站50个。')).toEqual([50]);
  });
  it('ages', () => {
    expect(values('60岁以上老年人口达到400万人。')).toEqual([4000000]);
    expect(values('为3岁以下婴幼儿提供托位2000个。')).toEqual([2000]);
    expect(values('年满80周岁的老人有12万人。')).toEqual([120000]);
  });
  it('document numbers in any bracket', () => {
    expect(values('根据京政发〔2024〕1号文件，新建驿站50个。')).toEqual([50]);
    expect(values('京政办发[2023]12号、京人社发（2022）35号提出新建驿站50个。')).toEqual([50]);
  });
  it('line numbers, names in numerals and slogans', () => {
    expect(values('地铁22号线开通，新增车站12座。')).toEqual([12]);
    expect(values('实施“5363”工程，打造“1+4”体系，新建驿站50个。')).toEqual([50]);
  });
  it('counts of the document’s own parts', () => {
    expect(values('《规划》提出了18项具体指标、15个重点工作专栏，从6个方面部署任务。')).toEqual([]);
    expect(values('《方案》共分8个章节，要求新建驿站50个。')).toEqual([50]);
  });
});
