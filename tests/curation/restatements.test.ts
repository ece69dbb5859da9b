// @vitest-environment node
// A claim said twice is proposed once: a headline restated in its section's body is taken from
// the body; a later sentence of the same section saying the same is dropped. Distinct claims
// with equal numbers stay.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { headingParagraphs } from '../../src/domain/curation/restatements';
import { splitSentences } from '../../src/domain/curation/sentences';

const claims = (text: string) => extractClaims(text, { date: '2024-03-01' }).candidates;

describe(headingParagraphs, () => {
  it('finds short lines that end no sentence, and Markdown headings', () => {
    const text =
      '区里将新建驿站50个\n\n本报讯 今年，区里将新建驿站50个。\n\n## 第二部分。\n\n正文第二段没有句号但是很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长';
    expect([...headingParagraphs(splitSentences(text))]).toEqual([0, 2]);
  });
});

describe('restatements', () => {
  it('takes a headline’s claim from the body that restates it, with the body’s date', () => {
    const text = '全市已有282所幼儿园举办托班\n\n据介绍，截至目前，全市共有282所幼儿园举办了托班。';
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ value: 282, kind: 'actual', year: 2024, date: '2024-03-01' });
    expect(cs[0]!.at).toBeGreaterThan(text.indexOf('据介绍'));
  });
  it('keeps a headline’s claim when its section does not restate it', () => {
    const text =
      '全市已有282所幼儿园举办托班\n\n据介绍，幼儿园托班发展很快。\n\n下一个标题\n\n新建驿站50个。';
    expect(claims(text).map((c) => c.value)).toEqual([282, 50]);
  });
  it('drops a later sentence of the section that says the same claim again', () => {
    const text =
      '今年区总工会将开展10场接待日活动。活动深受欢迎。2024年区总工会将开展10场接待日活动。';
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.quote).toContain('今年');
  });
  it('keeps equal numbers that count different things, years or kinds', () => {
    expect(claims('A区新建驿站50个。B区新建驿站50个。')).toHaveLength(2);
    expect(claims('2023年新建驿站50个。今年将新建驿站50个。')).toHaveLength(2);
    expect(claims('签订率达到90%、覆盖率达到90%。')).toHaveLength(2);
  });
  it('does not drop a restatement across sections', () => {
    const text = '第一部分\n\n今年将新建驿站50个。\n\n第二部分\n\n今年将新建驿站50个。';
    expect(claims(text)).toHaveLength(2);
  });
});
