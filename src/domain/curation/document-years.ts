// The year a claim refers to when its own words name none, from what the document is:
// - a plan (十四五…规划, 2024年…工作要点): its targets are due at the end of its period;
// - an annual work report (政府工作报告), or a claim quoting one: its targets are for the
//   document's year and its results for the year before;
// - 届时 ("by then") points at an event, not a year: it stays unknown.
import { quotedYears } from '../dataset/quote-years.ts';
import { FIVE_YEAR_PLANS } from './claim-years.ts';
import type { ClaimKind } from './claim-kind.ts';

export interface DocumentKind {
  /** The last year of the plan the title names (十四五 → 2025, 2024年…要点 → 2024), or null. */
  planEnd: number | null;
  /** The title names a plan, a programme or a list of tasks. */
  isPlan: boolean;
  /** The title names an annual work report. */
  isWorkReport: boolean;
}

// 行动 and 任务 name plans too, but news titles use them for anything (…进校园”行动).
const PLAN_WORDS = /规划|计划|方案|纲要|工作要点|实事/;
const WORK_REPORT = /工作报告/;

/** What the title says the document is. */
export function readDocumentKind(title: string | null): DocumentKind {
  const text = title ?? '';
  let planEnd: number | null = null;
  for (const [re, year] of FIVE_YEAR_PLANS) if (new RegExp(re.source).test(text)) planEnd = year;
  const isPlan = planEnd !== null || PLAN_WORDS.test(text);
  if (planEnd === null && isPlan) {
    const years = quotedYears(text);
    planEnd = years.length > 0 ? years[years.length - 1]!.year : null;
  }
  return { planEnd, isPlan, isWorkReport: WORK_REPORT.test(text) };
}

/** The year of a claim whose words name none, or null. */
export function untimedYear(
  kind: ClaimKind,
  period: string,
  doc: DocumentKind,
  docYear: number | null,
): number | null {
  if (/届时/.test(period)) return null;
  const report = doc.isWorkReport || WORK_REPORT.test(period);
  if (kind === 'target') return doc.planEnd ?? (report ? docYear : null);
  if (kind === 'actual' && report && docYear !== null) return docYear - 1;
  return null;
}
