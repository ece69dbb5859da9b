// The draft's words, loaded with the draft banner or the import page (never with a first
// visit that has no draft) and added to the catalogue under "draft".
import type { i18n as I18n } from 'i18next';

const zh = {
  draft: {
    banner: '草稿：未发布的填报数据',
    details: '来自 {{file}}，{{count}} 行；仅在本浏览器中显示，尚未发布。',
    detailsCuration: '采编自 {{file}}，{{count}} 项；仅在本浏览器中显示，尚未发布。',
    stale: '发布的数据在草稿之后已更新：{{count}} 行有冲突，未显示。',
    review: '查看填报',
    discard: '丢弃草稿',
    demoPaused: '演示模式下不显示草稿。',
  },
};

const en: typeof zh = {
  draft: {
    banner: 'Draft: unpublished report data',
    details: 'From {{file}}, {{count}} rows; shown in this browser only, not published.',
    detailsCuration:
      'Curated from {{file}}, {{count}} entries; shown in this browser only, not published.',
    stale:
      'The published data has changed since this draft: {{count}} rows conflict and are not shown.',
    review: 'Review the report',
    discard: 'Discard the draft',
    demoPaused: 'Drafts are not shown in demo mode.',
  },
};

export function ensureDraftStrings(i18n: I18n): void {
  if (i18n.exists('draft.banner', { lng: 'zh' })) return;
  i18n.addResourceBundle('zh', 'translation', zh, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
