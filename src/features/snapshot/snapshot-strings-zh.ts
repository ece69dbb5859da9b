// The snapshot page's Chinese strings (see snapshot-strings.ts).
export const snapshotZh = {
  snapshot: {
    heading: '快照',
    intro:
      '快照文件保存导出时的数据、截至日期和筛选条件。打开后，看板按导出时的样子只读显示；也可以对比两个快照，或把快照与当前数据对比。',
    openHeading: '打开快照',
    openLabel: '选择快照文件（.json）',
    compareHeading: '对比快照',
    compareA: '快照 A（较早）',
    compareB: '快照 B（较新）',
    compareLive: '用当前数据代替快照 B',
    chosen: '已选：截至 {{date}} 的快照（导出于 {{time}}）',
    reading: '正在读取文件…',
    refused: '无法打开“{{file}}”',
    kept: '当前显示的内容保持不变。',
    problem: {
      too_large: '文件超过 20 MB，不是本看板导出的快照。',
      not_json: '文件已损坏，不是有效的 JSON。',
      not_snapshot: '这不是规划指标看板的快照文件。',
      future_version: '此快照由更新版本的看板生成，当前版本无法打开。',
      tampered:
        '快照内容与其中记录的 SHA-256 校验值不符：文件已损坏，或被改动后没有重新计算校验值。',
      invalid: '快照内容不符合格式要求。',
      too_deep: '文件嵌套过深（超过 {{depth}} 层，第 {{line}} 行），不是本看板导出的快照，未解析。',
      duplicate_key:
        '第 {{line}} 行的键“{{key}}”（{{path}}）在同一对象中重复出现：无法确定哪个值才算数。',
      forbidden_key: '第 {{line}} 行含有不允许的键“{{key}}”（{{path}}），快照中不会有这个键。',
      invisible_name: '名称“{{path}}”只含不可见字符（零宽字符、双向控制符、制表符或换行）。',
    },
    banner: '快照：截至 {{date}} 的看板（只读）',
    bannerMeta: '导出于 {{time}} · 文件 {{file}}',
    close: '关闭快照',
    stampNote: '来自快照（导出于 {{time}}）',
    sideLabel: '截至 {{date}} 的快照（导出于 {{time}}）',
    simulatedMark: '（模拟数据）',
    simulatedNote: '对比中含有演示模式的模拟数据：以下变化不是真实进展。',
    liveLabel: '截至 {{date}} 的当前数据',
    diff: {
      counts:
        '有变化 {{changed}} 项 · 新增 {{added}} 项 · 移除 {{removed}} 项 · 未变 {{unchanged}} 项',
      caption: '从{{before}}到{{after}}的变化',
      indicator: '指标',
      change: '变化',
      status: '状态',
      latest: '最新值',
      progress: '完成进度',
      noValue: '暂无数据',
      kind: { added: '新增', removed: '移除', changed: '有变化', unchanged: '未变' },
    },
    restoring: '正在重新打开上次的快照…',
    claim: {
      published: '文件自称：发布数据（数据版本 {{hash}}）',
      simulated: '文件自称或实为：模拟数据（演示模式），不是真实进展',
      draft: '文件自称：草稿数据（尚未发布）',
    },
    verify: {
      region: '与发布数据核对',
      checking: '正在与发布数据核对…',
      consistent: '与发布数据一致',
      consistentBody:
        '快照中的 {{count}} 个数字逐项与本站 {{date}} 收录的发布数据版本 {{hash}} 相同。',
      differs: '与发布数据不一致：{{count}} 处',
      differsBody:
        '快照中的 {{count}} 个数字与本站 {{date}} 收录的发布数据版本 {{hash}} 逐项比较，下列数字不同：快照里的数字不是发布时的数字。',
      unverified: {
        simulated: '未核对：模拟数据',
        draft: '未核对：草稿数据',
        unknown_dataset: '未核对：数据版本不明',
        offline: '现在无法核对',
        unavailable: '现在无法核对',
      },
      simulatedBody: '演示模式的模拟数字从未发布，无从核对；这些变化和进度都不是真实的。',
      flagContradicted:
        '文件把自己标为真实数据，但其中的数字引用模拟来源（或演示数据集）：仍按模拟数据显示。',
      draftBody: '草稿尚未发布，无从核对。',
      unknownBody:
        '快照所称的数据版本 {{hash}} 不在本站发布过的版本中（可能来自别的站点、草稿，或版本号被改动）：其中的数字未经核对。',
      offlineBody: '网络已断开，无法读取发布数据。恢复网络后会自动重新核对。',
      unavailableBody: '读取发布数据失败。',
      retry: '重新核对',
      caption: '与发布数据不同的数字',
      what: '指标 / 系列 / 数字',
      kindHeader: '项目',
      inSnapshot: '快照中',
      inPublished: '发布数据中',
      absent: '（没有）',
      met: '已完成',
      missed: '未完成',
      year: '{{year}}年',
      kind: {
        baseline: '基期值',
        target: '目标',
        actual: '实际',
        reference: '参考数字',
        planned: '计划数字',
        report: '年内报告',
        verdict: '文字结论',
      },
      scopeSummary: '核对了什么、没核对什么',
      scopeChecked:
        '核对了：快照中每个指标、年度目标系列和其他公开数字的每个数字（目标及其 ≥/≤、基期值、进展、参考数字、年度实际与文字结论）的数值和日期，与快照所称的发布数据版本逐项比较；快照中多出或缺少的数字也各算一处。',
      scopeNotChecked:
        '没有核对：名称、说明、引文和来源信息；快照没有包含的指标；快照的截至日期、筛选条件和导出时间（它们决定看板怎么显示，但不是发布的数据）。',
      scopeChecksum:
        '文件里的 SHA-256 只是校验值：任何人改动文件后都能重新计算，所以它只能发现意外损坏，不能证明数字是真的。',
    },
  },
};
