import { useTranslation } from 'react-i18next';
import type { Status } from '../../domain/evaluation/status.ts';
import type { Verdict } from '../../domain/evaluation/verdict.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { STATUS_STYLE } from './palette.ts';
import { StatusLabel } from './status-label.tsx';
import { verdictParts } from './verdict-text.ts';

/** A status alone (legends, the methodology page): text plus an icon; colour is the third cue. */
export function StatusBadge({ status }: { status: Status }) {
  const style = STATUS_STYLE[status];
  return (
    <span className="status-badge" style={{ color: style.color, borderColor: style.color }}>
      <StatusLabel status={status} colouredIcon={false} />
    </span>
  );
}

/** A verdict as a badge, naming the year or deadline it judges: "2025年 ✔ 已达成". */
export function VerdictBadge({
  verdict,
  lastResult = null,
}: {
  verdict: Verdict;
  lastResult?: { year: number; met: boolean } | null;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const style = STATUS_STYLE[verdict.status];
  const { when, lead, icon, word, tail } = verdictParts(verdict, t, lang, lastResult);
  return (
    <span
      className="status-badge verdict-badge"
      data-status={verdict.status}
      style={{ color: style.color, borderColor: style.color }}
    >
      {/* One flex item: the verdict reads (and copies) as one line. */}
      <span>
        {when}
        {lead}
        <span aria-hidden="true">{icon}</span> {word}
        {tail}
      </span>
    </span>
  );
}

/** Every verdict of an entry (a series may have a due year and a running year), side by side. */
export function VerdictBadges({
  verdicts,
  lastResult = null,
}: {
  verdicts: readonly Verdict[];
  lastResult?: { year: number; met: boolean } | null;
}) {
  return (
    <span className="verdict-badges">
      {verdicts.map((verdict) => (
        <VerdictBadge
          key={`${verdict.phase}-${verdict.deadline}`}
          verdict={verdict}
          lastResult={lastResult}
        />
      ))}
    </span>
  );
}
