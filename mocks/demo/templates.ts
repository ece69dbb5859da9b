// What synthetic indicators are made of: one row per kind, each plausible for its unit.
import type { Category, Localized, Unit } from '../../src/domain/dataset/schema';

export type Template = {
  category: Category;
  name: Localized;
  unit: Unit;
  direction?: 'decrease';
  cumulative?: true;
  range: readonly [number, number];
  measure?: Localized;
};

export const TEMPLATES: readonly Template[] = [
  {
    category: 'innovation',
    name: { zh: '职工创新工作室', en: 'Worker innovation studios' },
    unit: 'count',
    range: [200, 9000],
    measure: { zh: '家', en: 'studios' },
  },
  {
    category: 'innovation',
    name: { zh: '职工技术创新成果', en: 'Worker technical innovations' },
    unit: 'count',
    cumulative: true,
    range: [500, 20_000],
    measure: { zh: '项', en: 'items' },
  },
  {
    category: 'skills',
    name: { zh: '职业技能培训', en: 'Vocational skills training' },
    unit: 'count',
    cumulative: true,
    range: [10_000, 300_000],
    measure: { zh: '人次', en: 'trainees' },
  },
  {
    category: 'skills',
    name: { zh: '高技能人才占技能人才比例', en: 'Highly skilled share of skilled workers' },
    unit: 'percent',
    range: [30, 45],
  },
  {
    category: 'rights',
    name: { zh: '集体合同覆盖率', en: 'Collective contract coverage' },
    unit: 'percent',
    range: [80, 95],
  },
  {
    category: 'rights',
    name: { zh: '劳动争议调解成功率', en: 'Labour dispute mediation success rate' },
    unit: 'percent',
    range: [60, 90],
  },
  {
    category: 'services',
    name: { zh: '职工之家', en: 'Worker homes' },
    unit: 'count',
    range: [1000, 20_000],
    measure: { zh: '家', en: 'homes' },
  },
  {
    category: 'services',
    name: { zh: '暖心驿站', en: 'Warm-heart stations' },
    unit: 'count',
    range: [2000, 30_000],
    measure: { zh: '个', en: 'stations' },
  },
  {
    category: 'organisation',
    name: { zh: '工会组建率', en: 'Union formation rate' },
    unit: 'percent',
    range: [80, 95],
  },
  {
    category: 'housing',
    name: { zh: '老旧小区综合整治', en: 'Old compound renovations' },
    unit: 'count',
    cumulative: true,
    range: [100, 600],
    measure: { zh: '个', en: 'compounds' },
  },
  {
    category: 'housing',
    name: { zh: '既有住宅加装电梯', en: 'Elevator retrofits' },
    unit: 'count',
    cumulative: true,
    range: [300, 1500],
    measure: { zh: '部', en: 'elevators' },
  },
  {
    category: 'employment',
    name: { zh: '城镇新增就业', en: 'New urban jobs' },
    unit: 'count',
    cumulative: true,
    range: [50_000, 300_000],
    measure: { zh: '人', en: 'people' },
  },
  {
    category: 'education',
    name: { zh: '新增中小学学位', en: 'New school places' },
    unit: 'count',
    cumulative: true,
    range: [5000, 40_000],
    measure: { zh: '个', en: 'places' },
  },
  {
    category: 'childcare',
    name: { zh: '普惠托育服务覆盖率', en: 'Inclusive childcare coverage' },
    unit: 'percent',
    range: [50, 80],
  },
  {
    category: 'health',
    name: { zh: '儿科床位', en: 'Paediatric beds' },
    unit: 'count',
    range: [1000, 5000],
    measure: { zh: '张', en: 'beds' },
  },
  {
    category: 'environment',
    name: { zh: 'PM2.5 年均浓度', en: 'Annual mean PM2.5' },
    unit: 'ug_m3',
    direction: 'decrease',
    range: [25, 35],
  },
  {
    category: 'environment',
    name: { zh: '空气质量优良天数', en: 'Days with good air quality' },
    unit: 'days',
    range: [250, 300],
  },
];
