// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/lib/i18n/index';
import {
  SIMULATED_STAMP,
  stampLines,
  stampPairs,
  type ExportStamp,
} from '../../src/lib/export/stamp';

const i18n = createI18n();
const stamp: ExportStamp = {
  title: '规划指标看板 · 指标总览',
  asOf: '2025-01-15',
  exportedAt: new Date('2025-01-16T02:03:00Z'),
  simulated: false,
  datasetHash: '8deee987be95aaaa',
  note: null,
};

describe(stampLines, () => {
  it('gives the title, the as-of date with the source, and the export time in Beijing time', () => {
    expect(stampLines(stamp, i18n.t, 'zh')).toEqual([
      '规划指标看板 · 指标总览',
      '截至 2025年1月15日 · 数据来源：北京市总工会、北京市人民政府等公开文件（数据集 8deee987be95）',
      '导出时间：2025-01-16 10:03 (UTC+8)',
    ]);
  });

  it('ends with the bilingual simulated label in demo mode', () => {
    const lines = stampLines({ ...stamp, simulated: true, note: '来自快照' }, i18n.t, 'zh');
    expect(lines.at(-1)).toBe('模拟数据 / simulated');
    expect(lines.at(-2)).toBe('来自快照');
    expect(SIMULATED_STAMP).toBe('模拟数据 / simulated');
  });
});

describe(stampPairs, () => {
  it('labels each part for a spreadsheet, simulated data included', () => {
    expect(stampPairs({ ...stamp, simulated: true }, i18n.t, 'zh')).toEqual([
      ['标题', '规划指标看板 · 指标总览'],
      ['截至日期', '2025年1月15日'],
      ['数据来源', '北京市总工会、北京市人民政府等公开文件（数据集 8deee987be95）'],
      ['导出时间', '2025-01-16 10:03 (UTC+8)'],
      ['数据性质', '模拟数据 / simulated'],
    ]);
  });
});
