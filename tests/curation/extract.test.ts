// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { splitSentences } from '../../src/domain/curation/sentences';
import { readDocumentBytes, htmlToText } from '../../src/domain/curation/document-input';
import { readDocumentMeta } from '../../src/domain/curation/document-meta';

const values = (text: string, date = '2024-03-01') =>
  extractClaims(text, { date }).candidates.map((c) => c.value);

describe(splitSentences, () => {
  it('splits on 。；！？ and line breaks, keeping offsets', () => {
    const text = '第一句。第二句；第三句！\n第四句？';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['第一句。', '第二句；', '第三句！', '第四句？']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('joins a long line the layout wrapped, so the sentence goes on after the break', () => {
    const text = `${'这是一段很长的文字'.repeat(5)}占比提高到\n\n68%。`;
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe(extractClaims, () => {
  it('never takes years, dates, phone numbers, ordinals, ages or document numbers as values', () => {
    const text =
      '京政发〔2024〕1号。2024年1月25日，咨询电话12345678，热线12351职工服务热线。第六届大赛、第3届论坛，2—3岁托班，庆祝建党100周年。';
    expect(values(text)).toEqual([]);
  });
  it('applies 万 and 亿 and reads percent forms', () => {
    expect(values('城镇新增就业不少于28万人。')).toEqual([280000]);
    expect(values('投资达到1.5亿元以上，覆盖率达到90%。')).toEqual([90]);
  });
  it('tells targets, actuals and figures apart', () => {
    const kinds = (t: string) =>
      extractClaims(t, { date: '2024-03-01' }).candidates.map((c) => c.kind);
    expect(kinds('今年将新建职工之家60个。')).toEqual(['target']);
    expect(kinds('截至2023年底，累计建成职工之家243个。')).toEqual(['actual']);
    expect(kinds('今年高校毕业生预计达到29.2万。')).toEqual(['figure']);
  });
  it('reads the year from the sentence or the document, and the comparator', () => {
    const [c] = extractClaims('今年城镇新增就业不少于28万人。', { date: '2024-03-01' }).candidates;
    expect(c).toMatchObject({
      year: 2024,
      comparator: 'gte',
      deadline: '2024-12-31',
      measure: '人',
    });
    const [d] = extractClaims('今年城镇新增就业不少于28万人。').candidates;
    expect(d!.year).toBeNull();
  });
  it('quotes the shortest clause, an exact substring, with a quoteKey when it gives several', () => {
    // The first item names what it counts; 完工183个 does not, so it keeps the clause and a key.
    const text = '2023年实现新开工355个、完工183个，均超额完成。';
    const cs = extractClaims(text, { date: '2024-01-25' }).candidates;
    expect(cs.map((c) => c.quote)).toEqual([
      '2023年实现新开工355个',
      '2023年实现新开工355个、完工183个',
    ]);
    expect(cs[1]!.quoteKey).toBe('完工');
    for (const c of cs) expect(text.slice(c.at, c.at + c.quote.length)).toBe(c.quote);
  });
  it('gives every field, null when unknown', () => {
    const [c] = extractClaims('建成示范点6个。').candidates;
    expect(Object.keys(c!).sort()).toEqual(
      [
        'at',
        'comparator',
        'date',
        'deadline',
        'kind',
        'match',
        'measure',
        'problem',
        'quote',
        'quoteKey',
        'subject',
        'unit',
        'value',
        'year',
      ].sort(),
    );
  });
});

describe(readDocumentMeta, () => {
  it('reads the title, a date and the credited outlet', () => {
    const m = readDocumentMeta('# 标题\n2024年1月2日 来源：北京日报\n本报讯 正文');
    expect(m).toEqual({ title: '标题', date: '2024-01-02', outlet: '北京日报', ownReport: true });
    expect(readDocumentMeta('新华社北京1月2日电 正文').outlet).toBe('新华社');
  });
});

describe(readDocumentBytes, () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('refuses what it cannot read, each with its reason', () => {
    expect(readDocumentBytes('a.docx', enc('x'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a text format/),
    });
    expect(readDocumentBytes('a.xyz', enc('x'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unsupported format/),
    });
    expect(readDocumentBytes('a.txt', new Uint8Array(5 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
    expect(readDocumentBytes('a.txt', new Uint8Array([65, 0, 66]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/binary/),
    });
  });
  it('reads HTML as text, dropping scripts without running them', () => {
    expect(htmlToText('<p>新增<b>6个</b></p><script>alert(1)</script>&amp;')).toBe('新增6个\n&');
  });
});
