// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/domain/curation/join-wrapped-lines';

describe(joinWrappedLines, () => {
  it('joins a Chinese sentence the layout wrapped, without a space', () => {
    expect(joinWrappedLines(['全年新增中小学学位2.5万', '个，建成养老服务驿站50个。'])).toBe(
      '全年新增中小学学位2.5万个，建成养老服务驿站50个。',
    );
  });

  it('keeps one space between two Latin words and between a word and a number', () => {
    expect(joinWrappedLines(['The city will add', '25,000 school places by', '2025.'])).toBe(
      'The city will add 25,000 school places by 2025.',
    );
  });

  it('joins a number the line cut in two without a space', () => {
    expect(joinWrappedLines(['老楼加装电梯新开工10', '99部，完成1,', '200户。'])).toBe(
      '老楼加装电梯新开工1099部，完成1,200户。',
    );
  });

  it('starts a new line after a line that ends its sentence or clause', () => {
    for (const end of ['。', '；', '！', '？', '：', '”', '…'])
      expect(joinWrappedLines([`建成驿站50个${end}`, '新增学位2万个。'])).toBe(
        `建成驿站50个${end}\n新增学位2万个。`,
      );
  });

  it('starts a new line at a heading or list item', () => {
    const items = [
      '一、总体要求',
      '（二）主要目标',
      '3. 新增学位',
      '4、建成驿站',
      '(5) 改造',
      '①完成',
      '第三条 规定',
      '• 一项',
    ];
    for (const item of items)
      expect(joinWrappedLines(['各区要加快推进', item])).toBe(`各区要加快推进\n${item}`);
  });

  it('joins a line that begins with a number that is not a list marker', () => {
    expect(
      joinWrappedLines(['城市更新改造老旧小区', '1.5万户，新增停车位', '2024年底前完成。']),
    ).toBe('城市更新改造老旧小区1.5万户，新增停车位2024年底前完成。');
  });

  it('does not join across a line the layout ended short, or a paragraph gap', () => {
    expect(
      joinWrappedLines([{ text: '一、总体要求', endsShort: true }, { text: '坚持以人民为中心' }]),
    ).toBe('一、总体要求\n坚持以人民为中心');
    expect(joinWrappedLines([{ text: '持续推进' }, { text: '新增学位', gapBefore: true }])).toBe(
      '持续推进\n新增学位',
    );
  });

  it('keeps a blank line between paragraphs, one at most', () => {
    expect(joinWrappedLines(['建成驿站50个', '', '', '', '新增学位2万个'])).toBe(
      '建成驿站50个\n\n新增学位2万个',
    );
  });

  it('trims each line before joining', () => {
    expect(joinWrappedLines(['  新增学位 ', ' 2万个。 '])).toBe('新增学位2万个。');
  });
});
