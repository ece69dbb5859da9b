// The answer key for the extractor: every target and reported figure a curator would take from
// the five seed articles (../shared/seeds/), written by hand from reading them, before any
// extractor code existed, so that it is not tuned to what the extractor finds.
//
// Conventions:
// - `sentence` is an exact substring of the seed text (line breaks of the wrapped text kept) that
//   states the claim; `alsoIn` lists other places stating the same claim (a headline, a repeat).
// - `value` is in the indicator's terms: 28万人 → 280000, 90% → 90, 1.2万余名 → 12000.
// - `year` is the year a target is due, or the year an actual reports on; null when the text
//   does not say (a present-tense figure, "未来", "近年来").
// - Left out on purpose: facts about the document itself (约2万字, 18项具体指标, 15个重点工作专栏,
//   从6个方面), durations (计划用三年的时间, 未来五年), ordinals, ages (2—3岁), dates, line and
//   phone numbers (22号线, 12351), slogans in numerals (一网七校三基地, 四个中心, 1+4, 5363).
import type { Unit } from '../../src/domain/dataset/schema.ts';

export type KeyKind = 'target' | 'actual' | 'figure';

export interface SeedKeyRow {
  seed: string;
  sentence: string;
  alsoIn?: readonly string[];
  kind: KeyKind;
  value: number;
  unit: Unit;
  measure: string | null;
  comparator: 'gte' | 'lte' | null;
  year: number | null;
  /** The as-of date of an actual, when the text gives one (截至2023年底). */
  date?: string;
}

const S000 = '000_f29c8e9f886ec49e.txt'; // 2026-01-25, CPPCC union sector on the 2026 work report
const S001 = '001_039130f0dd037b53.txt'; // 2024-01-25, NPC livelihood press conference
const S002 = '002_a4270fee383696d7.txt'; // 2024, union congress speeches
const S003 = '003_435b4b71792b1d44.txt'; // 2021-08, Q&A on the 14th FYP worker plan (due 2025)
const S004 = '004_44cfcb333c04508c.txt'; // 2024, district union news

export const SEED_KEY: readonly SeedKeyRow[] = [
  // 000
  { seed: S000, sentence: '2025年提供11.2万个高校毕业生就业岗位', kind: 'actual', value: 112000, unit: 'count', measure: '个', comparator: null, year: 2025 },
  { seed: S000, sentence: '精准帮扶7.2万名就业困难人员实现就业', kind: 'actual', value: 72000, unit: 'count', measure: '名', comparator: null, year: 2025 },
  { seed: S000, sentence: '并规划在2026年实现城镇新增就业不少于28万人', kind: 'target', value: 280000, unit: 'count', measure: '人', comparator: 'gte', year: 2026 },
  { seed: S000, sentence: '提供不少于10万个高校毕业生就业岗位', kind: 'target', value: 100000, unit: 'count', measure: '个', comparator: 'gte', year: 2026 },
  { seed: S000, sentence: '普惠托位占比提高到\n\n68%', kind: 'target', value: 68, unit: 'percent', measure: null, comparator: 'gte', year: 2026 },
  { seed: S000, sentence: '优良天数比例首次突破80%', kind: 'actual', value: 80, unit: 'percent', measure: null, comparator: 'gte', year: 2025 },
  { seed: S000, sentence: '通过五年左右时间，实现‘劳模工匠进校园’行动在大中小学全覆盖', kind: 'target', value: 100, unit: 'percent', measure: null, comparator: null, year: 2028 },

  // 001
  { seed: S001, sentence: '截至2023年底,全市共有高技能人才118万人', kind: 'actual', value: 1180000, unit: 'count', measure: '人', comparator: null, year: 2023, date: '2023-12-31' },
  { seed: S001, sentence: '今年的北京市第六届职业技能大赛将设置无人机驾驶员、理财规划师、咖啡师、养老护理员等100余个竞赛项目', kind: 'target', value: 100, unit: 'count', measure: '个', comparator: null, year: 2024 },
  { seed: S001, sentence: '各区新建、改扩建学校35所', kind: 'actual', value: 35, unit: 'count', measure: '所', comparator: null, year: 2023 },
  { seed: S001, sentence: '新增中小学学位3.8万个', kind: 'actual', value: 38000, unit: 'count', measure: '个', comparator: null, year: 2023 },
  { seed: S001, sentence: '全市各区小学分两期为1.2万余名小学生提供了暑期托管服务', kind: 'actual', value: 12000, unit: 'count', measure: '名', comparator: null, year: 2023 },
  { seed: S001, sentence: '全市有213所幼儿园举办托班', kind: 'actual', value: 213, unit: 'count', measure: '所', comparator: null, year: 2023 },
  { seed: S001, sentence: '新增托位6039个', kind: 'actual', value: 6039, unit: 'count', measure: '个', comparator: null, year: 2023 },
  { seed: S001, sentence: '截至目前,全市共有282所幼儿园举办了2—3岁托班', alsoIn: ['全市已有282所幼儿园举办2—3岁托班'], kind: 'actual', value: 282, unit: 'count', measure: '所', comparator: null, year: 2024, date: '2024-01-25' },
  { seed: S001, sentence: '可提供9024个托位', kind: 'actual', value: 9024, unit: 'count', measure: '个', comparator: null, year: 2024, date: '2024-01-25' },
  { seed: S001, sentence: '疏解床位2600余张', kind: 'actual', value: 2600, unit: 'count', measure: '张', comparator: null, year: 2023 },
  { seed: S001, sentence: '五环外平原新城等承接地增设床位8500张', kind: 'actual', value: 8500, unit: 'count', measure: '张', comparator: null, year: 2023 },
  { seed: S001, sentence: '确定了33家儿童患者的分流医院开展分流病区', kind: 'actual', value: 33, unit: 'count', measure: '家', comparator: null, year: 2024 },
  { seed: S001, sentence: '310家社区卫生服务中心提供儿科诊疗服务', kind: 'actual', value: 310, unit: 'count', measure: '家', comparator: null, year: 2024 },
  { seed: S001, sentence: '5家紧密型儿科、医联体核心医院分别和全市60多家社区卫生服务中心建立合作关系', kind: 'actual', value: 5, unit: 'count', measure: '家', comparator: null, year: 2024 },
  { seed: S001, sentence: '5家紧密型儿科、医联体核心医院分别和全市60多家社区卫生服务中心建立合作关系', kind: 'actual', value: 60, unit: 'count', measure: '家', comparator: null, year: 2024 },
  { seed: S001, sentence: '推动北大第一医院(大兴院区)投入使用,届时将新增儿科病床400张', kind: 'target', value: 400, unit: 'count', measure: '张', comparator: null, year: null },
  { seed: S001, sentence: '届时将增加\n\n儿科病床2000张', kind: 'target', value: 2000, unit: 'count', measure: '张', comparator: null, year: null },
  { seed: S001, sentence: '2023年实现老旧小区改造新开工355个', kind: 'actual', value: 355, unit: 'count', measure: '个', comparator: null, year: 2023 },
  { seed: S001, sentence: '完工183个', kind: 'actual', value: 183, unit: 'count', measure: '个', comparator: null, year: 2023 },
  { seed: S001, sentence: '老楼加装电梯新开工1099部', kind: 'actual', value: 1099, unit: 'count', measure: '部', comparator: null, year: 2023 },
  { seed: S001, sentence: '完工822部', kind: 'actual', value: 822, unit: 'count', measure: '部', comparator: null, year: 2023 },
  { seed: S001, sentence: '计划在年内实现新开工300个小区', alsoIn: ['年内实现新开工300个老旧小区改造'], kind: 'target', value: 300, unit: 'count', measure: '个', comparator: null, year: 2024 },
  { seed: S001, sentence: '完工200个小区', kind: 'target', value: 200, unit: 'count', measure: '个', comparator: null, year: 2024 },
  { seed: S001, sentence: '实现老楼加装电梯开工1000部', kind: 'target', value: 1000, unit: 'count', measure: '部', comparator: null, year: 2024 },
  { seed: S001, sentence: '完工600部', kind: 'target', value: 600, unit: 'count', measure: '部', comparator: null, year: 2024 },
  { seed: S001, sentence: '将西城区小马厂西社区、通州区云景里小区等6个老旧小区改造项目列入全国完整社区建设试点', kind: 'target', value: 6, unit: 'count', measure: '个', comparator: null, year: 2024 },
  { seed: S001, sentence: '今年,北京高校毕业生预计达到29.2万', kind: 'figure', value: 292000, unit: 'count', measure: null, comparator: null, year: 2024 },

  // 002
  { seed: S002, sentence: '承载着工会16项工作职责', kind: 'figure', value: 16, unit: 'count', measure: '项', comparator: null, year: null },
  { seed: S002, sentence: '为其所属7个加油站设立配备健身器材等设施的“暖心角”', kind: 'actual', value: 7, unit: 'count', measure: '个', comparator: null, year: null },
  { seed: S002, sentence: '十年来累计服务首都教职工近万人次', kind: 'actual', value: 10000, unit: 'count', measure: '人次', comparator: null, year: null },

  // 003: the plan's targets are due at the end of the 14th five-year period, 2025
  { seed: S003, sentence: '职工创新工作室达到8000家', kind: 'target', value: 8000, unit: 'count', measure: '家', comparator: 'gte', year: 2025 },
  { seed: S003, sentence: '北京市各级大工匠达到2000名', kind: 'target', value: 2000, unit: 'count', measure: '名', comparator: 'gte', year: 2025 },
  { seed: S003, sentence: '百人以上企业集体合同签订率达到90%', kind: 'target', value: 90, unit: 'percent', measure: null, comparator: 'gte', year: 2025 },
  { seed: S003, sentence: '职工之家达到1.8万个', kind: 'target', value: 18000, unit: 'count', measure: '个', comparator: 'gte', year: 2025 },
  { seed: S003, sentence: '职工暖心驿站达到3万个', kind: 'target', value: 30000, unit: 'count', measure: '个', comparator: 'gte', year: 2025 },
  { seed: S003, sentence: '全市工会组\n\n织职工覆盖率达到90%', kind: 'target', value: 90, unit: 'percent', measure: null, comparator: 'gte', year: 2025 },

  // 004
  { seed: S004, sentence: '建成以岭药业、科兴中维、华科仪等6个党工共建示范点', kind: 'actual', value: 6, unit: 'count', measure: '个', comparator: null, year: null },
  { seed: S004, sentence: '文章阅读量迅速攀升至1.3万', kind: 'actual', value: 13000, unit: 'count', measure: null, comparator: null, year: null },
  { seed: S004, sentence: '28名基层工会主席、职工走进人大附中亦庄新城学校进行参观学习、工作交流', kind: 'actual', value: 28, unit: 'count', measure: '名', comparator: null, year: 2024 },
  { seed: S004, sentence: '2024年经开区总工会将计划开展10场“工会主席接待日”活动', alsoIn: ['今年经开区总工会将计划开展10场“工会主席接待日”活动', '经开区今年将开展10场“工会主席接待日”活动'], kind: 'target', value: 10, unit: 'count', measure: '场', comparator: null, year: 2024 },
];
