// Whether a claim is a target, a reported actual or a context figure, by its cue words and by
// its year against the document's: a figure for a year already past is a result, one for a later
// year a target. In a plan, a figure no word marks as a result is a target (新增…, 建设…).

export type ClaimKind = 'target' | 'actual' | 'figure';

const FORECAST = /预计|预测|预期/;
// A recommendation (委员建议…实现…全覆盖) is neither a commitment nor a result; 建议 counted
// (办理代表建议120件) is a noun, not a recommendation.
const PROPOSAL = /(?:建议|倡议|呼吁)(?!\s*[\d零一二两三四五六七八九十百千万]|件)/g;
const AS_OF = /截至/;
const TARGET_CUES =
  /将|力争|计划|目标|指标|规划|要求|不少于|不低于|不超过|控制在|以内|年内|争取|确保|届时|提出|提高到|提升到|到\s*\d{4}\s*年/;
const ACTUAL_CUES = /累计|已经|已|完成|同比|比上年|较上年|建成|首次|创下|攀升|近日|去年|过去一年/;
// 实现, 达到 and 了 state results, but targets use them too (计划…实现…1000部): read only after 将/计划,
// and never in a plan.
const WEAK_ACTUAL_CUES = /实现|达到|了/;
// Narrating past work or setting out plans: a figure no word of its own marks is a result in a
// paragraph that last spoke of the past, a target in one that last spoke of aims.
const PAST_PARAGRAPH = /近年来|去年|过去一年|一直以来/g;
const AIM_PARAGRAPH = /目标(?:是|为|：|:)|预期目标|主要目标|计划|重点任务|下一步|明年/g;
const lastAt = (re: RegExp, text: string) =>
  Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));

export interface KindContext {
  /** The claim's clause. */
  clause: string;
  /** The claim's whole period. */
  period: string;
  /** Where the claim's number sits in `period` (a recommending word before it governs it). */
  at?: number;
  /** Its paragraph before the period. */
  paragraphBefore: string;
  /** The year the claim's own words name, or null. */
  year: number | null;
  docYear: number | null;
  /** The document is a plan (its title names one). */
  inPlan?: boolean;
}

/** The kind of a claim. */
export function classifyKind(ctx: KindContext): ClaimKind {
  if (FORECAST.test(ctx.clause)) return 'figure';
  const proposing = [...ctx.period.matchAll(PROPOSAL)].some(
    (m) => m.index < (ctx.at ?? ctx.period.length),
  );
  if (proposing) return 'figure';
  if (AS_OF.test(ctx.period)) return 'actual';
  if (ctx.year !== null && ctx.docYear !== null) {
    if (ctx.year < ctx.docYear) return 'actual';
    if (ctx.year > ctx.docYear) return 'target';
  }
  // The clause's own cue words decide before its period's: 建成…6个 is a result even in a period
  // that also says 将.
  for (const text of [ctx.clause, ctx.period]) {
    if (TARGET_CUES.test(text)) return 'target';
    if (ACTUAL_CUES.test(text)) return 'actual';
  }
  const past = lastAt(PAST_PARAGRAPH, ctx.paragraphBefore);
  const aim = lastAt(AIM_PARAGRAPH, ctx.paragraphBefore);
  if (past > aim) return 'actual';
  if (aim > past || ctx.inPlan) return 'target';
  return WEAK_ACTUAL_CUES.test(ctx.period) ? 'actual' : 'figure';
}
