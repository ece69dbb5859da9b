// A verdict in words, always with the year or deadline of the target it judges:
// "2025年 ✔ 已达成", "2026年 · 进行中 · ○ 年内暂无报告", "2025年底 · ? 到期未见结果 · 2023年已达成".
import type { TFunction } from 'i18next';
import { formatDate } from '../../domain/presentation/format.ts';
import type { Verdict } from '../../domain/evaluation/verdict.ts';
import type { Language } from '../../lib/i18n/index.ts';
import { STATUS_STYLE } from './palette.ts';

/** The app's own words, whichever namespace the caller's t is bound to (the big screen's, an embed's). */
const ns = { ns: 'translation' } as const;

/** When the judged target is due: a series year ("2025年"), a year end ("2025年底") or a date. */
export function verdictWhen(verdict: Verdict, t: TFunction, lang: Language): string {
  if (verdict.year !== null) return t('verdict.year', { year: verdict.year, ...ns });
  if (verdict.deadline.endsWith('-12-31'))
    return t('verdict.yearEnd', { year: verdict.deadline.slice(0, 4), ...ns });
  return t('verdict.deadline', { date: formatDate(verdict.deadline, lang), ...ns });
}

/** The status word: a series year in progress without a report says so in its own words. */
export function verdictWord(verdict: Verdict, t: TFunction): string {
  if (verdict.phase === 'running' && verdict.status === 'no_data' && verdict.year !== null)
    return t('verdict.noReportInYear', ns);
  return t(`status.${verdict.status}`, ns);
}

export type VerdictParts = { when: string; lead: string; icon: string; word: string; tail: string };

/** The pieces of a verdict's label, so a badge can colour its icon and a line can be plain. */
export function verdictParts(
  verdict: Verdict,
  t: TFunction,
  lang: Language,
  lastResult: { year: number; met: boolean } | null = null,
): VerdictParts {
  const running = verdict.phase === 'running';
  const tail =
    verdict.status === 'due_no_result' && lastResult
      ? ` · ${t('verdict.lastResult', {
          year: lastResult.year,
          status: t(`status.${lastResult.met ? 'achieved' : 'missed'}`, ns),
          ...ns,
        })}`
      : '';
  return {
    when: verdictWhen(verdict, t, lang),
    lead: running
      ? ` · ${t('verdict.running', ns)} · `
      : verdict.status === 'due_no_result'
        ? ' · '
        : ' ',
    icon: STATUS_STYLE[verdict.status].icon,
    word: verdictWord(verdict, t),
    tail,
  };
}

/** The whole label as plain text, for tooltips, exports and the big screen. */
export function verdictText(...args: Parameters<typeof verdictParts>): string {
  const { when, lead, icon, word, tail } = verdictParts(...args);
  return `${when}${lead}${icon} ${word}${tail}`;
}
