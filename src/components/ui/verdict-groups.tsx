// The status summary in two groups that are never mixed: 已到期 (due: achieved, missed, due with
// no result) and 进行中 (running: on track, at risk, off track, no report yet), with a note when a
// series counts in both groups or is context only. Shared by the overview, briefing and /present.
import { useTranslation } from 'react-i18next';
import { DUE_STATUSES, RUNNING_STATUSES, type Status } from '../../domain/evaluation/status.ts';
import type { VerdictSummary } from '../../domain/evaluation/summary.ts';
import { StatusLabel } from './status-label.tsx';

const GROUPS = [
  { phase: 'due', statuses: DUE_STATUSES },
  { phase: 'running', statuses: RUNNING_STATUSES },
] as const;

export function VerdictGroups({
  summary,
  colors,
  className,
  colouredIcon = true,
}: {
  summary: VerdictSummary;
  colors: Record<Status, string>;
  /** The block's class: its groups are `${className}__group`, its counts `${className}__count`. */
  className: string;
  colouredIcon?: boolean;
}) {
  const { t } = useTranslation();
  const counts: Record<Status, number> = { ...summary.due, ...summary.running };
  return (
    <>
      <div className={`${className}__groups`}>
        {GROUPS.map(({ phase, statuses }) => (
          <div key={phase} className={`${className}__group`} data-phase={phase}>
            <h3>
              {t(`summary.${phase}`, { ns: 'translation' })}{' '}
              <small>{t(`summary.${phase}Hint`, { ns: 'translation' })}</small>
            </h3>
            <ul>
              {statuses.map((status) => (
                <li key={status} data-status={status} style={{ borderColor: colors[status] }}>
                  <span className={`${className}__count`}>{counts[status]}</span>{' '}
                  <span
                    className={`${className}__label`}
                    style={colouredIcon ? undefined : { color: colors[status] }}
                  >
                    <StatusLabel status={status} colouredIcon={colouredIcon} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {(summary.countedTwice > 0 || summary.context > 0) && (
        <p className={`${className}__note`}>
          {summary.countedTwice > 0 &&
            t('summary.twice', { count: summary.countedTwice, ns: 'translation' })}
          {summary.countedTwice > 0 && summary.context > 0 && ' '}
          {summary.context > 0 &&
            t('summary.context', { count: summary.context, ns: 'translation' })}
        </p>
      )}
    </>
  );
}
