// 要点: up to ten plain sentences about the data in view, to paste into a WeChat message or a
// 汇报 draft. Each states only figures in the data, with their year and source; 需关注 comes
// first (a plan's due targets with no result read as one sentence). Plain text, no Markdown.
import type { Localized, Source, Unit } from '../dataset/schema';
import type { Comparator } from '../dataset/vocabulary';
import { attentionItems, type AttentionItem } from '../evaluation/attention';
import type { EvaluatedIndicator } from '../evaluation/evaluate-all';
import type { SeriesYearEvaluation } from '../evaluation/series-evaluate';
import type { EvaluatedSeries } from '../evaluation/series-view';
import {
  formatDate,
  formatDifference,
  formatPercent,
  formatValue,
  COMPARATOR_SIGN,
} from '../presentation/format';
import type { Locale } from '../presentation/format';

/** A WeChat message stays readable at this many sentences. */
export const KEY_POINT_LIMIT = 10;

export type KeyPointInput = {
  rows: readonly EvaluatedIndicator[];
  seriesRows: readonly EvaluatedSeries[];
  sources: ReadonlyMap<string, Source>;
  ownedPlans: ReadonlySet<string>;
  lang: Locale;
  /** Demo mode: every sentence says its figures are simulated. */
  simulated: boolean;
  limit?: number;
};

type Measured = { unit: Unit; measure?: Localized };

const SIMULATED = { zh: '（模拟数据）', en: ' (simulated data)' } as const;

/** "经济通，2026年1月26日" / "HKET, 26 Jan 2026": who published the figure, and when. */
export function sourceText(source: Source | undefined, lang: Locale): string | null {
  if (!source) return null;
  const outlet =
    (source.kind === 'repost' ? source.originalOutlet : source.publisher) ?? source.publisher;
  return `${outlet[lang]}${lang === 'zh' ? '，' : ', '}${formatDate(source.date, lang)}`;
}

/** "≤5%" / "at most 5%". */
function targetText(value: number, comparator: Comparator, m: Measured, lang: Locale): string {
  const shown = formatValue(value, m.unit, lang, m.measure);
  if (lang === 'zh') return `${COMPARATOR_SIGN[comparator]}${shown}`;
  return `${comparator === 'lte' ? 'at most' : 'at least'} ${shown}`;
}

/** When a one-shot target fell due: "2025年底" / "at the end of 2025", else the date. */
function dueText(deadline: string, lang: Locale): string {
  const yearEnd = deadline.endsWith('-12-31');
  if (lang === 'zh') return yearEnd ? `${deadline.slice(0, 4)}年底` : formatDate(deadline, lang);
  return yearEnd ? `at the end of ${deadline.slice(0, 4)}` : `on ${formatDate(deadline, lang)}`;
}

const paren = (text: string | null, lang: Locale) =>
  text ? (lang === 'zh' ? `（${text}）` : ` (${text})`) : '';

function finish(text: string, lang: Locale, simulated: boolean): string {
  return `${text}${simulated ? SIMULATED[lang] : ''}${lang === 'zh' ? '。' : '.'}`;
}

type Ctx = Pick<KeyPointInput, 'sources' | 'lang'>;

const citedSource = (ctx: Ctx, citations: readonly { source: string }[] | undefined) =>
  sourceText(citations?.[0] ? ctx.sources.get(citations[0].source) : undefined, ctx.lang);

/** One plan's due targets with no published result, as one sentence (or one per target). */
function dueNoResultSentence(
  items: readonly { row: EvaluatedIndicator; item: AttentionItem }[],
  ctx: Ctx,
): string {
  const { lang } = ctx;
  const first = items[0]!;
  const plan = first.row.plan.title[lang];
  const when = dueText(first.item.verdict.deadline, lang);
  if (items.length > 1)
    return lang === 'zh'
      ? `${plan}${items.length}项目标已于${when}到期，尚未见公布结果`
      : `${items.length} targets of the ${plan} fell due ${when}; no results have been published yet`;
  const { row, item } = first;
  const target = item.target
    ? targetText(item.target.value, item.target.comparator, item, lang)
    : null;
  const last = row.evaluation.observationsAsOf.at(-1);
  const interim =
    item.latest && last
      ? lang === 'zh'
        ? `，最近一次报告为${formatValue(item.latest.value, item.unit, lang, item.measure)}${paren(citedSource(ctx, [last.citation]), lang)}`
        : `; the latest report put it at ${formatValue(item.latest.value, item.unit, lang, item.measure)}${paren(citedSource(ctx, [last.citation]), lang)}`
      : '';
  return lang === 'zh'
    ? `${plan}“${item.name.zh}”目标${target ? `（${target}）` : ''}已于${when}到期，尚未见公布结果${interim}`
    : `The ${plan}'s target for ${item.name.en}${target ? ` (${target})` : ''} fell due ${when} with no result published yet${interim}`;
}

function seriesYearSentence(
  row: EvaluatedSeries,
  y: SeriesYearEvaluation,
  ctx: Ctx,
): string | null {
  const { lang } = ctx;
  const { series } = row;
  const name = series.name[lang];
  const target = y.target ? targetText(y.target.value, y.target.comparator, series, lang) : null;
  const value = y.actual ? formatValue(y.actual.value, series.unit, lang, series.measure) : null;
  const margin =
    y.margin !== null
      ? formatDifference(Math.abs(y.margin), series.unit, lang, series.measure)
      : null;
  const met = y.status === 'met' || y.status === 'met_stated';
  if (value && target && y.actual && (met || y.status === 'missed')) {
    const src = citedSource(ctx, y.actual.citations);
    if (lang === 'zh')
      return met
        ? `${y.year}年${name}${value}，${margin && y.margin ? `优于${target}的目标${margin}` : `达到${target}的目标`}${paren(src, lang)}`
        : `${y.year}年${name}${value}，未达到${target}的目标，相差${margin}${paren(src, lang)}`;
    return met
      ? `In ${y.year}, ${name} was ${value}, ${margin && y.margin ? `beating its target of ${target} by ${margin}` : `meeting its target of ${target}`}${paren(src, lang)}`
      : `In ${y.year}, ${name} was ${value}, missing its target of ${target} by ${margin}${paren(src, lang)}`;
  }
  if (y.verdict && (met || y.status === 'missed')) {
    const src = citedSource(ctx, y.verdict.citations);
    const aim = target ? (lang === 'zh' ? `（${target}）` : ` (${target})`) : '';
    if (lang === 'zh')
      return `${y.year}年${name}目标${aim}${met ? '已完成' : '未完成'}，来源未给出具体数值${paren(src, lang)}`;
    return `The ${y.year} target for ${name}${aim} was ${met ? 'met' : 'missed'}, the source says without giving a figure${paren(src, lang)}`;
  }
  return null;
}

function seriesDueNoResult(row: EvaluatedSeries, item: AttentionItem, ctx: Ctx): string {
  const { lang } = ctx;
  const year = item.verdict.year;
  const y = row.evaluation.years.find((e) => e.year === year);
  const target = item.target
    ? targetText(item.target.value, item.target.comparator, item, lang)
    : null;
  const src = citedSource(ctx, y?.target?.citations);
  const last = item.lastResult;
  if (lang === 'zh')
    return `${item.name.zh}${year}年目标${target ? `（${target}）` : ''}的结果已到期，尚未见公布${last ? `；${last.year}年${last.met ? '已达成' : '未达成'}` : ''}${paren(src ? `目标见${src}` : null, lang)}`;
  return `The ${year} result for ${item.name.en}${target ? ` (target ${target})` : ''} is due but has not been published${last ? `; the ${last.year} target was ${last.met ? 'met' : 'missed'}` : ''}${paren(src ? `target: ${src}` : null, lang)}`;
}

/** An indicator's figure against its target: met, missed, or how far along while running. */
function indicatorSentence(row: EvaluatedIndicator, ctx: Ctx): string | null {
  const { lang } = ctx;
  const { indicator, evaluation } = row;
  const [verdict] = evaluation.verdicts;
  const last = evaluation.observationsAsOf.at(-1);
  if (!last || !evaluation.latest) return null;
  const name = indicator.name[lang];
  const value = formatValue(evaluation.latest.value, indicator.unit, lang, indicator.measure);
  const target = targetText(indicator.target.value, indicator.target.comparator, indicator, lang);
  const when = dueText(indicator.target.deadline, lang);
  const src = paren(citedSource(ctx, [last.citation]), lang);
  const date = formatDate(evaluation.latest.date, lang);
  const progress = formatPercent(evaluation.progress, lang);
  const expected = formatPercent(evaluation.expectedAtLatest, lang);
  switch (verdict.status) {
    case 'achieved':
      return lang === 'zh'
        ? `${name}为${value}，已达到${when}${target}的目标${src}`
        : `${name} reached ${value}, meeting its target of ${target} due ${when}${src}`;
    case 'missed':
      return lang === 'zh'
        ? `${name}为${value}，未达到${when}${target}的目标${src}`
        : `${name} ended at ${value}, short of its target of ${target} due ${when}${src}`;
    case 'off_track':
    case 'at_risk': {
      const word = verdict.status === 'off_track';
      return lang === 'zh'
        ? `截至${date}，${name}为${value}，完成${target}目标的${progress}，按期应达${expected}，${word ? '进度明显滞后' : '存在滞后风险'}${src}`
        : `As of ${date}, ${name} was ${value}, ${progress} of the way to its target of ${target} against ${expected} expected by then, ${word ? 'well behind schedule' : 'at risk of falling behind'}${src}`;
    }
    case 'on_track':
      return lang === 'zh'
        ? `截至${date}，${name}为${value}，完成${when}${target}目标的${progress}，进度正常${src}`
        : `As of ${date}, ${name} was ${value}, ${progress} of the way to its target of ${target} due ${when}, on schedule${src}`;
    default:
      return null;
  }
}

/** The sentences, 需关注 first, then results met, then targets on schedule; at most `limit`. */
export function keyPoints(input: KeyPointInput): string[] {
  const { rows, seriesRows, ownedPlans, lang, simulated, limit = KEY_POINT_LIMIT } = input;
  const ctx: Ctx = input;
  const indicatorsById = new Map(rows.map((r) => [r.indicator.id, r]));
  const seriesById = new Map(seriesRows.map((r) => [r.series.id, r]));
  const out: string[] = [];
  const said = new Set<string>();
  const push = (key: string, text: string | null) => {
    if (text === null || said.has(key)) return;
    said.add(key);
    out.push(finish(text, lang, simulated));
  };
  const attention = attentionItems(rows, seriesRows, ownedPlans);
  for (const item of attention) {
    if (item.kind === 'indicator') {
      const row = indicatorsById.get(item.id);
      if (!row) continue;
      if (item.verdict.status === 'due_no_result') {
        const key = `due:${row.plan.id}:${item.verdict.deadline}`;
        if (said.has(key)) continue;
        const group = attention
          .filter(
            (a) =>
              a.kind === 'indicator' &&
              a.verdict.status === 'due_no_result' &&
              a.verdict.deadline === item.verdict.deadline,
          )
          .map((a) => ({ item: a, row: indicatorsById.get(a.id)! }))
          .filter((a) => a.row?.plan.id === row.plan.id);
        push(key, dueNoResultSentence(group, ctx));
      } else push(`i:${item.id}`, indicatorSentence(row, ctx));
      continue;
    }
    const row = seriesById.get(item.id);
    if (!row) continue;
    const key = `s:${item.id}:${item.verdict.year}`;
    if (item.verdict.status === 'due_no_result') push(key, seriesDueNoResult(row, item, ctx));
    else {
      const year = row.evaluation.years.find((y) => y.year === item.verdict.year);
      push(key, year ? seriesYearSentence(row, year, ctx) : null);
    }
  }
  // Then the results that were met: the newest judged year of each series, achieved indicators.
  for (const row of seriesRows) {
    const y = row.evaluation.latestResult;
    if (y && (y.status === 'met' || y.status === 'met_stated'))
      push(`s:${row.series.id}:${y.year}`, seriesYearSentence(row, y, ctx));
  }
  for (const row of rows)
    if (row.evaluation.verdicts[0].status === 'achieved')
      push(`i:${row.indicator.id}`, indicatorSentence(row, ctx));
  for (const row of rows)
    if (row.evaluation.verdicts[0].status === 'on_track')
      push(`i:${row.indicator.id}`, indicatorSentence(row, ctx));
  return out.slice(0, limit);
}
