// @vitest-environment node
// Target, actual or context figure: by the claim's cue words, its year against the document's,
// and what its paragraph and document are.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';

const kinds = (text: string, date: string | null = '2024-03-01', title = '新闻') =>
  extractClaims(text, { date, title }).candidates.map((c) => c.kind);

describe('targets', () => {
  it('are marked by 将, 力争, 计划, 目标, 到…年, 不少于, 控制在…以内', () => {
    expect(kinds('今年将新建驿站50个。')).toEqual(['target']);
    expect(kinds('力争完成改造300个。')).toEqual(['target']);
    expect(kinds('计划于2025年建成100座公园。')).toEqual(['target']);
    expect(kinds('目标是培育技能人才2000名。')).toEqual(['target']);
    expect(kinds('城镇新增就业不少于26万人。')).toEqual(['target']);
    expect(kinds('失业率控制在5%以内。')).toEqual(['target']);
  });
  it('实现 in a plan’s sentence with 到…年 is a target, with or without a document date', () => {
    const text = '到2025年实现街道工会覆盖率90%。';
    expect(kinds(text)).toEqual(['target']);
    expect(kinds(text, null)).toEqual(['target']);
    expect(extractClaims(text, { date: '2024-03-01' }).candidates[0]).toMatchObject({
      year: 2025,
      deadline: '2025-12-31',
    });
  });
  it('新增… with no other cue is a target in a plan, a context figure in a news report', () => {
    expect(
      kinds('新增养老床位3000张。', '2021-08-01', '北京市“十四五”时期养老服务发展规划'),
    ).toEqual(['target']);
    expect(kinds('新增养老床位3000张。', '2024-03-01', '区级新闻')).toEqual(['figure']);
  });
  it('in a paragraph that set out aims, a figure with no cue of its own is a target', () => {
    expect(kinds('今年主要预期目标是：城镇新增就业不少于26万人。新建照护床位3000张。')).toEqual([
      'target',
      'target',
    ]);
  });
});

describe('actuals', () => {
  it('are marked by 完成, 累计, 截至, 同比, 已, or a year already past', () => {
    expect(kinds('2023年完成改造300个。')).toEqual(['actual']);
    expect(kinds('累计建成驿站500个。')).toEqual(['actual']);
    expect(kinds('同比增长5.3%。')).toEqual(['actual']);
    expect(kinds('目前已建成驿站800个。')).toEqual(['actual']);
    expect(kinds('2023年实现新开工355个。')).toEqual(['actual']);
  });
  it('截至2023年底累计建成… is an actual as of 2023-12-31', () => {
    const [c] = extractClaims('截至2023年底，累计建成职工之家243个。', {
      date: '2024-03-01',
    }).candidates;
    expect(c).toMatchObject({ kind: 'actual', year: 2023, date: '2023-12-31', deadline: null });
    const [d] = extractClaims('截至2024年6月，累计建成驿站100个。', {
      date: '2024-09-01',
    }).candidates;
    expect(d).toMatchObject({ kind: 'actual', year: 2024, date: '2024-06-30' });
  });
  it('达到 and 实现 report a result outside a plan, never in one', () => {
    expect(kinds('职工之家达到1.8万个。')).toEqual(['actual']);
    expect(kinds('职工之家达到1.8万个。', '2021-08-01', '北京市“十四五”时期职工发展规划')).toEqual([
      'target',
    ]);
  });
  it('in a paragraph narrating past work, a figure with no cue of its own is a result', () => {
    expect(kinds('近年来，本区持续推进改革。建设示范点6个。')).toEqual(['actual']);
  });
});

describe('context figures', () => {
  it('forecasts are figures', () => {
    expect(kinds('今年高校毕业生预计达到29.2万。')).toEqual(['figure']);
  });
  it('a recommendation is a figure, and its 全覆盖 is not proposed at all', () => {
    expect(kinds('委员建议，到2027年新建驿站100个。')).toEqual(['figure']);
    expect(kinds('委员建议逐步实现劳模工匠进校园在全市中小学全覆盖。')).toEqual([]);
  });
  it('建议 as a counted noun is no recommendation', () => {
    expect(kinds('去年办理代表建议120件。')).toEqual(['actual']);
  });
  it('a news title naming an action (…行动) does not make the document a plan', () => {
    expect(kinds('新增养老床位3000张。', '2024-03-01', '深入开展“劳模工匠进校园”行动')).toEqual([
      'figure',
    ]);
  });
  it('a plain present-tense count is a figure', () => {
    expect(kinds('承载着16项工作职责。')).toEqual(['figure']);
  });
});
