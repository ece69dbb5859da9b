// Reads what a quote means for the figure it backs, not only which numbers it holds: the unit
// (a share needs %, 百分之, 成 or 全覆盖), the measure word after the number (家, 个, 部/台…),
// years and labels that are not values (2026年, 咨询电话8000, PM2.5, 第六届), the comparator
// words of a target (不少于 → ≥, 不超过 → ≤), the year a target is set for (到2030年, 在2027年, 2027年实现, 年内; see quote-years.ts) and,
// when a quote gives several figures of one kind, which one is meant (quoteKey).
// Simplified and traditional forms are both read (不少於, 以內, 不超過, 個, 萬…).
import type { Comparator } from './vocabulary.ts';
import { locateQuantities, normalizeDigits, type LocatedQuantity } from './quote-numbers.ts';
import type { Unit } from './schema.ts';
import { governingYears, quotedYears } from './quote-years.ts';

/** What a figure claims, to be read against its quote. */
export interface QuotedClaim {
  value: number;
  unit: Unit;
  /** The counter word(s) of a count: 家, or 部 with its synonym 台. Absent: any counter word. */
  measureWords?: readonly string[];
  /** Only for targets: the words of the quote must not say the other way. */
  comparator?: Comparator;
  /** Only for targets and planned figures: the year it is due; a quote naming another (到2030年) is wrong. */
  deadlineYear?: number;
  /** Only for targets: the year of the source's date, which 年内 and 今年 mean. */
  sourceYear?: number;
  /** Words just before the figure, when the quote gives several of one kind ("完工"). */
  quoteKey?: string;
}

/** Every way a quote can fail to back its figure; each is its own named error. */
export const QUOTE_RULES = {
  'quote-value-missing': 'the quote does not state the value',
  'quote-value-inexact': 'the value is close to, but not exactly, the quoted figure',
  'quote-not-percent': 'a percent backed by a number not written as a share',
  'quote-only-percent': 'a count backed by a number written only as a share',
  'quote-measure': 'the quoted number counts something else (its measure word differs)',
  'quote-year': 'the quoted number is a year or a duration (followed by 年)',
  'quote-label': 'the quoted number is a label (phone number, ordinal, name such as PM2.5)',
  'quote-key-needed': 'the quote gives several figures of this kind and this is not the first',
  'quote-key-missing': 'quoteKey is not in the quote, or no figure of this kind follows it',
  'quote-key-mismatch': 'the figure after quoteKey is another number',
  'quote-comparator': 'the quote says the opposite comparator (不超过 for a ≥ target…)',
  'quote-deadline': 'the quote names another deadline year',
} as const;
export type QuoteRule = keyof typeof QUOTE_RULES;

export type QuoteReading = { ok: true } | { ok: false; rule: QuoteRule; message: string };

// Traditional → simplified for the words this module looks for; one character for one, so
// positions found in the folded text are positions in the quote.
const TRADITIONAL: Record<string, string> = {
  於: '于',
  達: '达',
  過: '过',
  減: '减',
  內: '内',
  個: '个',
  項: '项',
  張: '张',
  場: '场',
  臺: '台',
  餘: '余',
  萬: '万',
  億: '亿',
  戶: '户',
  間: '间',
  條: '条',
  處: '处',
  棟: '栋',
  歲: '岁',
  輛: '辆',
  噸: '吨',
  畝: '亩',
  號: '号',
  電: '电',
  話: '话',
  熱: '热',
  線: '线',
  碼: '码',
  編: '编',
  郵: '邮',
  專: '专',
  屆: '届',
  麼: '么',
  實: '实',
  現: '现',
  開: '开',
  們: '们',
  制: '制',
  壓: '压',
  降: '降',
  昇: '升',
  後: '后',
  為: '为',
  將: '将',
  點: '点',
  區: '区',
  業: '业',
  職: '职',
  數: '数',
  調: '调',
  鎮: '镇',
  優: '优',
  濃: '浓',
  顆: '颗',
  質: '质',
  氣: '气',
  崗: '岗',
  畢: '毕',
  幫: '帮',
  準: '准',
  發: '发',
  計: '计',
  劃: '划',
  規: '规',
  動: '动',
  驛: '驿',
  勞: '劳',
  態: '态',
  學: '学',
  齡: '龄',
  兒: '儿',
  園: '园',
  務: '务',
  標: '标',
  設: '设',
  廠: '厂',
  國: '国',
  員: '员',
  門: '门',
  與: '与',
  較: '较',
  創: '创',
  覆: '覆',
  蓋: '盖',
  續: '续',
  體: '体',
};

/** The quote with traditional forms folded to simplified and fullwidth digits to ASCII. */
export function foldQuote(text: string): string {
  return [...normalizeDigits(text)].map((ch) => TRADITIONAL[ch] ?? ch).join('');
}

// Counter and unit words that may follow a number, longest first. Only a count's own words
// (or synonyms) back a count; the unit words back days and µg/m³, never a count.
const UNIT_WORDS = [
  '个百分点',
  '百分点',
  '微克',
  '平方公里',
  '平方米',
  '公里',
  '小时',
  '年',
  '月',
  '天',
  '日',
  '岁',
  '元',
  '米',
  '吨',
  '亩',
];
export const COUNTER_WORDS = [
  '个',
  '家',
  '名',
  '人',
  '部',
  '台',
  '所',
  '张',
  '项',
  '场',
  '条',
  '次',
  '件',
  '处',
  '座',
  '套',
  '户',
  '间',
  '栋',
  '位',
  '辆',
  '批',
  '类',
  '支',
  '篇',
  '本',
  '例',
  '届',
  '期',
  '号',
];
const ALL_WORDS = [...UNIT_WORDS, ...COUNTER_WORDS].sort((a, b) => b.length - a.length);
// "60多家", "2600余张", "1.2万余名": an approximation between the number and its word.
const APPROXIMATE = /^[\s余多来]*/;
const RANGE = /^\s*[—–\-~～至到]\s*$/;
const FULL_COVERAGE = /全(?:面|部)?覆盖/;
// Words before the number that make it a label, not a quantity.
const LABEL_BEFORE = /(?:电话|热线|专线|号码|编号|代码|邮编|门牌|第)\s*[:：]?\s*$/;

const GTE_WORDS = [
  '不少于',
  '不低于',
  '至少',
  '达到',
  '突破',
  '超过',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增至',
];
const LTE_WORDS = [
  '不超过',
  '不高于',
  '控制在',
  '减少',
  '降至',
  '降到',
  '降低到',
  '降低至',
  '下降到',
  '下降至',
  '低于',
  '压减',
  '压缩到',
];
/** Comparator words, longest first, each with the way it points. */
export const COMPARATOR_WORDS: [string, Comparator][] = [
  ...GTE_WORDS.map((w): [string, Comparator] => [w, 'gte']),
  ...LTE_WORDS.map((w): [string, Comparator] => [w, 'lte']),
].sort((a, b) => b[0].length - a[0].length);
export const GTE_AFTER = /^(?:及?以上|之上)/;
export const LTE_AFTER = /^(?:及?以内|以下|之内)/;
const CLAUSE_END = /[,，;；。！？!?\n]/;

/** A number of a quote with the word after it and whether it is a year or a label. */
export interface Figure extends LocatedQuantity {
  /** The measure or unit word that follows ('' when none). */
  word: string;
  year: boolean;
  label: boolean;
}

/** Every number of a folded quote, with its measure word, year and label flags. */
export function readFigures(folded: string): Figure[] {
  const located = locateQuantities(folded);
  const figures: Figure[] = [];
  // From the last: a range's first bound ("2至3岁") takes the word of its second.
  for (let i = located.length - 1; i >= 0; i -= 1) {
    const q = located[i]!;
    const rest = folded.slice(q.end);
    const skip = APPROXIMATE.exec(rest)?.[0].length ?? 0;
    let word = q.percent ? '' : (ALL_WORDS.find((w) => rest.startsWith(w, skip)) ?? '');
    const next = figures[0];
    if (!q.percent && !word && next && RANGE.test(folded.slice(q.end, next.at))) word = next.word;
    const before = folded.slice(Math.max(0, Math.floor(q.at) - 6), Math.floor(q.at));
    figures.unshift({
      ...q,
      word,
      year: word === '年',
      label: word === '号' || LABEL_BEFORE.test(before) || /[A-Za-z]$/.test(before),
    });
  }
  return figures;
}

/** Whether a figure is of the claim's kind; when not, the rule it breaks. */
function kindOf(figure: Figure, claim: QuotedClaim): QuoteRule | null {
  if (figure.year) return 'quote-year';
  if (figure.label) return 'quote-label';
  if (claim.unit === 'percent') return figure.percent ? null : 'quote-not-percent';
  if (figure.percent) return 'quote-only-percent';
  if (claim.unit === 'days')
    return figure.word === '天' || figure.word === '日' ? null : 'quote-measure';
  if (claim.unit === 'ug_m3') return figure.word === '微克' ? null : 'quote-measure';
  if (figure.word === '') return null;
  if (UNIT_WORDS.includes(figure.word)) return 'quote-measure';
  const own = claim.measureWords?.map(foldQuote);
  return !own || own.includes(figure.word) ? null : 'quote-measure';
}

const show = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function measureText(claim: QuotedClaim): string {
  if (claim.unit === 'days') return '天';
  if (claim.unit === 'ug_m3') return '微克/立方米';
  return claim.measureWords?.join('/') ?? '';
}

/** Reads a quote against the figure it backs: ok, or the first rule it breaks. */
export function readQuote(quote: string, claim: QuotedClaim): QuoteReading {
  const folded = foldQuote(quote);
  const fail = (rule: QuoteRule, message: string): QuoteReading => ({ ok: false, rule, message });
  const { value } = claim;
  const figures = readFigures(folded);
  const fullCoverage = claim.unit === 'percent' && value === 100 && FULL_COVERAGE.test(folded);
  const ofKind = figures.filter((f) => kindOf(f, claim) === null);

  let matched: Figure | null = null;
  if (claim.quoteKey !== undefined) {
    const key = foldQuote(claim.quoteKey);
    const at = folded.indexOf(key);
    if (at < 0)
      return fail(
        'quote-key-missing',
        `quoteKey "${claim.quoteKey}" is not in the quote "${show(quote)}"`,
      );
    const tied = ofKind.find((f) => f.at >= at + key.length);
    if (!tied)
      return fail(
        'quote-key-missing',
        `no figure of this kind follows quoteKey "${claim.quoteKey}" in the quote "${show(quote)}"`,
      );
    if (tied.value !== value)
      return fail(
        'quote-key-mismatch',
        `the figure after quoteKey "${claim.quoteKey}" is ${tied.value}, not ${value}, in the quote "${show(quote)}"`,
      );
    matched = tied;
  } else if (!fullCoverage) {
    const exact = ofKind.find((f) => f.value === value);
    // A figure with its measure word is compared with the others that have one: a bare
    // number (五环, "2至3") does not make the counted figure after it ambiguous.
    const rivals = exact?.word ? ofKind.filter((f) => f.word !== '') : ofKind;
    const first = rivals[0];
    if (exact && first && first !== exact && first.value !== value)
      return fail(
        'quote-key-needed',
        `the quote "${show(quote)}" gives ${rivals.map((f) => f.value).join(', ')}${measureText(claim) ? ` (${measureText(claim)})` : ''} and ${value} is not the first: add "quoteKey" with the words just before it${suggestKey(folded, exact)}`,
      );
    if (exact) matched = exact;
    else return fail(...whyMissing(quote, figures, claim));
  }

  if (claim.comparator && matched) {
    const said = comparatorSaid(folded, figures, matched, claim.comparator);
    if (said)
      return fail(
        'quote-comparator',
        `the quote says "${said.word}" (${said.comparator === 'gte' ? '≥' : '≤'}) but the target is ${claim.comparator === 'gte' ? '≥' : '≤'}`,
      );
  }
  if (claim.deadlineYear !== undefined) {
    const years = governingYears(
      quotedYears(folded, claim.sourceYear),
      matched ? Math.floor(matched.at) : null,
    );
    if (years.length > 0 && !years.includes(claim.deadlineYear))
      return fail(
        'quote-deadline',
        `the quote sets the target for ${years.join(', ')}, not ${claim.deadlineYear}`,
      );
  }
  return { ok: true };
}

/** True when the quote backs the claim (see readQuote for why not). */
export function quoteBacks(quote: string, claim: QuotedClaim): boolean {
  return readQuote(quote, claim).ok;
}

function suggestKey(folded: string, figure: Figure): string {
  const before = folded.slice(0, Math.floor(figure.at));
  const words = /([^\d\s,，;；。、.%％]{1,6})$/.exec(before)?.[1];
  return words ? ` (e.g. "${words}")` : '';
}

function whyMissing(quote: string, figures: Figure[], claim: QuotedClaim): [QuoteRule, string] {
  const { value } = claim;
  const same = figures.filter((f) => f.value === value);
  const shown = show(quote);
  for (const rule of [
    'quote-year',
    'quote-label',
    'quote-not-percent',
    'quote-only-percent',
    'quote-measure',
  ] as const) {
    const hit = same.find((f) => kindOf(f, claim) === rule);
    if (!hit) continue;
    const because = {
      'quote-year': `${value} is followed by 年: a year or a duration, never a value`,
      'quote-label': `${value} is a label (a phone number, an ordinal or part of a name), not a quantity`,
      'quote-not-percent': `${value} is not written as a share: a percent needs %, 百分之, 成 or 全覆盖`,
      'quote-only-percent': 'the quote gives it only as a percentage',
      'quote-measure': `${value} is counted in ${hit.word ? `"${hit.word}"` : 'no measure word'}, not in ${measureText(claim) ? `"${measureText(claim)}"` : 'a counter word'}${claim.unit === 'count' ? ' (list a synonym in measure.synonyms if it means the same)' : ''}`,
    }[rule];
    const joined = rule === 'quote-only-percent' ? ` (${because})` : `: ${because}`;
    return [rule, `quote "${shown}" does not state ${value}${joined}`];
  }
  const close = figures.find(
    (f) => Math.abs(f.value - value) <= 1e-9 * Math.max(Math.abs(f.value), Math.abs(value)),
  );
  if (close)
    return [
      'quote-value-inexact',
      `quote "${shown}" states ${close.value}, not ${value}: store the value exactly as the quote gives it`,
    ];
  const scaled = figures.find(
    (f) =>
      f.value === value * 1e4 ||
      f.value === value * 1e8 ||
      Math.abs(f.value - value * 1e4) < 1e-6 ||
      Math.abs(f.value - value * 1e8) < 1e-6,
  );
  const hint = scaled ? ` (values are stored in full: the quote's figure is ${scaled.value})` : '';
  return ['quote-value-missing', `quote "${shown}" does not state ${value}${hint}`];
}

/** The comparator words of the matched figure's own clause that contradict `wanted`, if any. */
function comparatorSaid(
  folded: string,
  figures: Figure[],
  figure: Figure,
  wanted: Comparator,
): { word: string; comparator: Comparator } | null {
  const i = figures.indexOf(figure);
  const previousEnd = i > 0 ? figures[i - 1]!.end : 0;
  let start = Math.floor(figure.at);
  while (start > previousEnd && !CLAUSE_END.test(folded[start - 1]!)) start -= 1;
  let before = folded.slice(start, Math.floor(figure.at));
  const afterWord = folded.slice(figure.end).replace(APPROXIMATE, '');
  const after = afterWord.slice(
    figure.word && afterWord.startsWith(figure.word) ? figure.word.length : 0,
  );
  const said: { word: string; comparator: Comparator }[] = [];
  // Longest first and blanked once read, so 不超过 is not read again as 超过 (nor 不低于 as 低于).
  for (const [word, comparator] of COMPARATOR_WORDS) {
    if (!before.includes(word)) continue;
    said.push({ word, comparator });
    before = before.split(word).join(' '.repeat(word.length));
  }
  const gteAfter = GTE_AFTER.exec(after)?.[0];
  const lteAfter = LTE_AFTER.exec(after)?.[0];
  if (gteAfter) said.push({ word: gteAfter, comparator: 'gte' });
  if (lteAfter) said.push({ word: lteAfter, comparator: 'lte' });
  return said.find((s) => s.comparator !== wanted) ?? null;
}
