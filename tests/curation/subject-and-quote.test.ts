// @vitest-environment node
// What a claim counts (its subject) and the shortest span that states it: a list item that names
// what it counts on its own, else the clause (with a quoteKey when it states several figures).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { subjectOf } from '../../src/domain/curation/subject';
import { readQuote } from '../../src/domain/dataset/quote-meaning';

const subject = (clause: string, number: string) => {
  const at = clause.indexOf(number);
  return subjectOf(clause, at, at + number.length);
};

describe(subjectOf, () => {
  it('drops time, cue and comparator words before the number', () => {
    expect(subject('截至2023年底累计建成职工之家243个', '243个')).toBe('建成职工之家');
    expect(subject('到2025年职工创新工作室达到8000家', '8000家')).toBe('职工创新工作室');
    expect(subject('城镇新增就业不少于28万人', '28万人')).toBe('城镇新增就业');
    expect(subject('三是新建养老驿站50个', '50个')).toBe('新建养老驿站');
  });
  it('takes the noun after the measure word when the words before only lead to it', () => {
    expect(subject('全市有213所幼儿园举办托班', '213所')).toBe('幼儿园');
    expect(subject('将西城区甲社区、通州区乙小区等6个老旧小区改造项目列入试点', '6个')).toBe(
      '老旧小区改造项目',
    );
    expect(subject('为1.2万余名小学生提供了托管服务', '1.2万余名')).toBe('小学生');
  });
  it('keeps only its own item of a list of figures', () => {
    expect(subject('签订率达到90%、职工之家达到1.8万个', '1.8万个')).toBe('职工之家');
    expect(subject('各区新建、改扩建学校35所', '35所')).toBe('各区新建、改扩建学校');
  });
  it('joins a word the layout wrapped', () => {
    expect(subject('全市工会组\n\n织职工覆盖率达到90%', '90%')).toBe('工会组织职工覆盖率');
  });
});

describe('comparators', () => {
  it('reads the longer word that ends at the number: 不低于 is ≥, not 低于', () => {
    const text = '到2025年，护理型床位占比不低于60%，PM2.5浓度不高于30微克，新增就业28万人以上。';
    const cs = extractClaims(text, { date: '2024-03-01' }).candidates;
    expect(cs.map((c) => [c.value, c.comparator])).toEqual([
      [60, 'gte'],
      [30, 'lte'],
      [280000, 'gte'],
    ]);
    expect(cs[1]!.subject).toBe('PM2.5浓度');
  });
});

describe('quotes of list items', () => {
  const quotes = (text: string) =>
    extractClaims(text, { date: '2021-08-01' }).candidates.map((c) => c.quote);
  it('quotes the item that names what it counts, and it passes data:check', () => {
    const text = '到2025年，职工之家达到1.8万个、职工暖心驿站达到3万个、集体合同签订率达到90%。';
    expect(quotes(text)).toEqual([
      '职工之家达到1.8万个',
      '职工暖心驿站达到3万个',
      '集体合同签订率达到90%。',
    ]);
    expect(
      readQuote('职工暖心驿站达到3万个', {
        value: 30000,
        unit: 'count',
        measureWords: ['个'],
        comparator: 'gte',
        deadlineYear: 2025,
      }).ok,
    ).toBe(true);
  });
  it('keeps the clause, with a key, for an item that does not name what it counts', () => {
    const [, done] = extractClaims('2023年老旧小区新开工355个、完工183个。', {
      date: '2024-01-25',
    }).candidates;
    expect(done).toMatchObject({
      quote: '2023年老旧小区新开工355个、完工183个。',
      quoteKey: '完工',
    });
  });
  it('keeps the clause when the list is of names, not of figures', () => {
    expect(quotes('各区新建、改扩建学校35所。')).toEqual(['各区新建、改扩建学校35所。']);
    // An item opening with its number (5家三甲医院) is a noun of the list, not a statement.
    const text = '5家三甲医院、专科医院分别和60多家社区卫生服务中心建立合作。';
    expect(quotes(text)[0]).toBe(text);
  });
  it('quotes an exact substring of the document', () => {
    const text = '到2025年，职工之家达到1.8万个、职工暖心驿站达到3万个。';
    for (const c of extractClaims(text).candidates)
      expect(text.slice(c.at, c.at + c.quote.length)).toBe(c.quote);
  });
});
