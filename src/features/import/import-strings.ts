// The import page's words, loaded with the page (not with the first visit) and added to the
// catalogue under "import" when the page first renders.
import type { i18n as I18n } from 'i18next';
import { ensureDraftStrings } from '../../lib/reporting/draft-strings';

const zh = {
  import: {
    heading: '数据填报',
    intro:
      '下载填报模板，在 Excel 中每行填一个数字及其来源和原文引文，保存后在此上传：逐格检查，预览更新带来的变化，可先作为草稿查看，再下载数据更新文件交维护人员发布。',
    template: '下载填报模板',
    templateBusy: '正在生成模板…',
    drop: '把填好的模板（.xlsx、.csv 或 Unicode 文本 .txt）拖到这里，或',
    choose: '选择文件',
    fileLabel: '填好的填报模板',
    reading: '正在检查 {{file}}…',
    problemsHeading: '{{file}}：{{count}} 处问题，未作任何更改',
    problemsCaption: '逐格列出的问题',
    sheet: '工作表',
    row: '行',
    column: '列',
    what: '问题',
    fix: '如何修改',
    fileProblem: '整个文件',
    notices: '已换算',
    already: '{{count}} 行已在发布的数据中，无需再次填报。',
    nothingNew: '没有新的数字。',
    previewHeading: '{{file}}：{{count}} 行通过检查 · 更新预览',
    newSource: '新来源',
    applyDraft: '作为草稿应用',
    downloadPatch: '下载数据更新文件',
    patchHint:
      '维护人员运行 npm run data:import -- <文件> 把它写入 data/，再运行 npm run data:check。',
    applied: '草稿已应用：整个看板现在显示草稿数据（页面顶部有标注）。',
    draftHeading: '当前草稿',
    staleDraft: '此草稿基于较早的数据版本制作；发布的数据已更新，以下行有冲突：',
    demo: '演示模式下不能填报：请先退出演示模式。',
    loadFailed: '无法读取发布的数据，暂时不能检查填报。',
    none: '—',
    hiddenHeading: '{{count}} 处隐藏内容：审阅者看不到，却会被导入',
    hiddenBody:
      '以下工作表、行或列已隐藏（或大小为 0），其中的数字在 Excel 中看不到。请先在 Excel 中取消隐藏并核对；确认无误后勾选下方方框，才能应用或下载。',
    hiddenCaption: '逐处列出的隐藏内容',
    hiddenAck: '我已查看以上隐藏内容，确认其中的数字应当导入',
    draftPatch: '下载此草稿的数据更新文件',
    historyHeading: '本设备生成的数据更新文件',
    historyNote: '只记在这个浏览器里：文件名、生成时间和行数，便于查看以前提交过什么。',
    historyCaption: '本设备生成的数据更新文件（最新在前）',
    historyMade: '生成时间',
    historyFile: '文件',
    historyRows: '行数',
  },
};

const en: typeof zh = {
  import: {
    heading: 'Report data',
    intro:
      'Download the template, fill in one figure per row in Excel with its source and exact quote, save, and upload it here: every cell is checked, you see what the update changes, can view it as a draft, then download the update file for the maintainer to publish.',
    template: 'Download the template',
    templateBusy: 'Making the template…',
    drop: 'Drop the filled template (.xlsx, .csv or Unicode text .txt) here, or',
    choose: 'choose a file',
    fileLabel: 'Filled reporting template',
    reading: 'Checking {{file}}…',
    problemsHeading: '{{file}}: {{count}} problems; nothing was changed',
    problemsCaption: 'Problems, cell by cell',
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    what: 'Problem',
    fix: 'How to fix it',
    fileProblem: 'whole file',
    notices: 'Converted',
    already: '{{count}} rows are already in the published data; nothing to report again.',
    nothingNew: 'No new figures.',
    previewHeading: '{{file}}: {{count}} rows pass · preview of the update',
    newSource: 'new source',
    applyDraft: 'Apply as draft',
    downloadPatch: 'Download the data update file',
    patchHint:
      'The maintainer runs npm run data:import -- <file> to write it into data/, then npm run data:check.',
    applied:
      'Draft applied: the whole dashboard now shows the draft data (labelled at the top of every page).',
    draftHeading: 'Current draft',
    staleDraft:
      'This draft was made against an older dataset; the published data has changed and these rows conflict:',
    demo: 'Reporting is not available in demo mode: leave demo mode first.',
    loadFailed: 'The published data could not be loaded, so the report cannot be checked yet.',
    none: '—',
    hiddenHeading: '{{count}} hidden parts: a reviewer cannot see them, yet they would be imported',
    hiddenBody:
      'These sheets, rows or columns are hidden (or sized to zero), so their figures cannot be seen in Excel. Unhide and check them in Excel first; only once you tick the box below can the update be applied or downloaded.',
    hiddenCaption: 'Hidden content, part by part',
    hiddenAck: 'I have seen the hidden content above and its figures should be imported',
    draftPatch: 'Download this draft’s data update file',
    historyHeading: 'Update files made on this device',
    historyNote:
      'Kept in this browser only: the file name, when it was made and its rows, so you can see what you submitted before.',
    historyCaption: 'Update files made on this device (newest first)',
    historyMade: 'Made',
    historyFile: 'File',
    historyRows: 'Rows',
  },
};

export function ensureImportStrings(i18n: I18n): void {
  ensureDraftStrings(i18n);
  if (i18n.exists('import.heading', { lng: 'zh' })) return;
  i18n.addResourceBundle('zh', 'translation', zh, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
