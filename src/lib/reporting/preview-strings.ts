// The update preview's words (src/components/ui/update-preview-table.tsx), shared by /import and
// /curate and added to the catalogue under "preview" when either page first renders.
import type { i18n as I18n } from 'i18next';

const zh = {
  preview: {
    caption: '各指标的变化（发布的数据 → 更新后）',
    indicator: '指标',
    statusChange: '状态',
    latest: '最新值',
    source: '来源',
    seriesHeading: '年度系列的新数字',
    addsCitation: '数字不变，增加一处出处',
    referencesHeading: '参考数字（列在指标旁，不计进展）',
    target: '目标',
    actual: '实际',
    none: '—',
  },
};

const en: typeof zh = {
  preview: {
    caption: 'What changes per indicator (published → updated)',
    indicator: 'Indicator',
    statusChange: 'Status',
    latest: 'Latest value',
    source: 'Source',
    seriesHeading: 'New figures in annual-target series',
    addsCitation: 'same figure, one more source',
    referencesHeading: 'Reference figures (shown beside an indicator, not progress)',
    target: 'target',
    actual: 'actual',
    none: '—',
  },
};

export function ensurePreviewStrings(i18n: I18n): void {
  if (i18n.exists('preview.caption', { lng: 'zh' })) return;
  i18n.addResourceBundle('zh', 'translation', zh, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
