// @vitest-environment node
// The year of a claim: from its own words (a year, a span of years counted from the year written
// before it, 今年/去年/目前), never from a comparison's base or a start; else from what the
// document is (a plan's period, an annual work report).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { durationYears } from '../../src/domain/curation/claim-durations';
import { readDocumentKind } from '../../src/domain/curation/document-years';

const years = (text: string, date: string | null = '2024-03-01', title?: string) =>
  extractClaims(text, { date, ...(title ? { title } : {}) }).candidates.map((c) => c.year);

describe('spans of years as deadlines', () => {
  it('counts a span from the year written before it, a date included', () => {
    const text =
      '2023年7月，两部门印发通知，要求通过五年左右时间，实现劳模工匠进校园在中小学全覆盖。';
    const [c] = extractClaims(text, { date: '2026-01-25' }).candidates;
    expect(c).toMatchObject({
      kind: 'target',
      value: 100,
      unit: 'percent',
      year: 2028,
      deadline: '2028-12-31',
    });
  });
  it('counts from the document’s year when no year is written before', () => {
    expect(years('用3年时间新建社区食堂300个。')).toEqual([2027]);
    expect(years('力争三年内建成驿站500个。')).toEqual([2027]);
    expect(years('用三年时间新建社区食堂300个。', null)).toEqual([null]);
  });
  it('reads Chinese and Arabic spans alike, and no span in a plain duration', () => {
    expect(durationYears('用两年的时间完成', 2024)).toEqual([{ year: 2026, at: 0 }]);
    expect(durationYears('经过10年时间', 2020)).toEqual([{ year: 2030, at: 0 }]);
    expect(durationYears('十年来累计服务', 2024)).toEqual([]);
  });
  it('does not carry a span into the next sentence', () => {
    const text = '用三年时间新建社区食堂300个。护理型床位占比控制在30%以内。';
    expect(years(text, '2021-08-01', '北京市“十四五”时期养老服务发展规划')).toEqual([2024, 2025]);
  });
});

describe('years that are not the claim’s', () => {
  it('a comparison’s base (比2019年, 较上年) is not the claim’s year', () => {
    expect(years('全市有驿站1200个，比2019年增加了200个。')).toEqual([null, null]);
    expect(years('2023年建成驿站300个，较2022年多50个。')).toEqual([2023, 2023]);
  });
  it('a start (自2019年, 2019年以来) is not the claim’s year', () => {
    expect(years('自2019年以来，累计建成驿站500个。')).toEqual([null]);
    expect(years('2019年以来累计建成驿站500个。')).toEqual([null]);
  });
  it('a year written after the figure still counts', () => {
    expect(years('城镇新增就业28万人，2027年实现。')).toEqual([2027]);
  });
});

describe('years the document gives', () => {
  it('a five-year plan’s targets are due at its end, its results are not', () => {
    const title = '北京市“十四五”时期职工发展规划';
    const cs = extractClaims('职工之家达到1.8万个。已建成驿站800个。', {
      date: '2021-08-01',
      title,
    }).candidates;
    expect(cs.map((c) => [c.kind, c.year])).toEqual([
      ['target', 2025],
      ['actual', null],
    ]);
  });
  it('a plan titled with its year sets that year', () => {
    expect(readDocumentKind('2024年北京市工会工作要点')).toEqual({
      planEnd: 2024,
      isPlan: true,
      isWorkReport: false,
    });
    expect(readDocumentKind('2021—2025年养老服务行动计划').planEnd).toBe(2025);
    expect(readDocumentKind('区级工会新闻').isPlan).toBe(false);
  });
  it('an annual work report’s targets are for its year, its results for the year before', () => {
    const title = '委员热议北京市政府工作报告';
    const cs = extractClaims('普惠托位占比提高到68%。优良天数比例首次突破80%。', {
      date: '2026-01-25',
      title,
    }).candidates;
    expect(cs.map((c) => [c.kind, c.year])).toEqual([
      ['target', 2026],
      ['actual', 2025],
    ]);
  });
  it('a claim quoting a work report in another document reads the same', () => {
    const cs = extractClaims('政府工作报告提出，普惠托位占比提高到68%。', {
      date: '2026-01-25',
      title: '新闻',
    }).candidates;
    expect(cs.map((c) => c.year)).toEqual([2026]);
  });
  it('届时 points at an event: the year stays unknown, even in a work report', () => {
    const title = '北京市政府工作报告';
    expect(years('医院投入使用，届时将新增儿科病床400张。', '2024-01-25', title)).toEqual([null]);
  });
  it('an untimed target outside a plan or a report has no year', () => {
    expect(years('将新建驿站50个。', '2024-03-01', '区级工会新闻')).toEqual([null]);
  });
});
