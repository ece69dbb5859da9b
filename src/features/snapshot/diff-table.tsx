import { useTranslation } from 'react-i18next';
import { formatDate, formatTarget, formatValue } from '../../domain/presentation/format';
import type { IndicatorSummary } from '../../domain/evaluation/indicator-summary';
import type { DashboardDiff } from '../../domain/exports/dashboard-diff';
import type { IndicatorDiff } from '../../domain/exports/snapshot-diff';
import { useLanguage } from '../../lib/i18n/use-language';
import { SeriesDiffTable } from './series-diff-table';

/** What changed between two states: the counts, then the indicators and the series years. */
export function DiffTable({
  diff,
  beforeLabel,
  afterLabel,
}: {
  diff: DashboardDiff;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="diff">
      <p role="status" className="diff__counts">
        {t('snapshot.diff.counts', diff.counts)}
      </p>
      <IndicatorDiffTable
        entries={diff.indicators}
        caption={t('snapshot.diff.caption', { before: beforeLabel, after: afterLabel })}
      />
      <SeriesDiffTable
        entries={diff.seriesYears}
        caption={t('snapshot.diff.seriesCaption', { before: beforeLabel, after: afterLabel })}
      />
    </div>
  );
}

/** One row per indicator that changed, arrived or left. */
function IndicatorDiffTable({ entries, caption }: { entries: IndicatorDiff[]; caption: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = entries.filter((e) => e.kind !== 'unchanged');
  if (shown.length === 0) return null;
  const value = (s: IndicatorSummary | null) =>
    s === null
      ? '—'
      : s.latestValue === null
        ? t('snapshot.diff.noValue')
        : formatValue(s.latestValue, s.unit, lang, s.measure);
  const status = (s: IndicatorSummary | null) => (s === null ? '—' : t(`status.${s.status}`));
  const pct = (s: IndicatorSummary | null) => (s?.progressPct == null ? '—' : `${s.progressPct}%`);
  const pair = (
    e: IndicatorDiff,
    cell: (s: IndicatorSummary | null) => string,
    changed: boolean,
  ) => (
    <td className={changed ? 'diff-changed' : undefined}>
      {cell(e.before)} → {cell(e.after)}
    </td>
  );
  // The deadline is printed only when it moved: the sign and value say the rest.
  const target = (e: IndicatorDiff) => (s: IndicatorSummary | null) =>
    s === null
      ? '—'
      : formatTarget(s.targetValue, s.comparator, s.unit, lang, s.measure) +
        (e.before && e.after && e.before.deadline !== e.after.deadline
          ? ` (${formatDate(s.deadline, lang)})`
          : '');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshot.diff.indicator')}</th>
            <th scope="col">{t('snapshot.diff.change')}</th>
            <th scope="col">{t('snapshot.diff.target')}</th>
            <th scope="col">{t('snapshot.diff.status')}</th>
            <th scope="col">{t('snapshot.diff.latest')}</th>
            <th scope="col">{t('snapshot.diff.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id}>
              <th scope="row">{(e.after ?? e.before)?.name[lang]}</th>
              <td>{t(`snapshot.diff.kind.${e.kind}`)}</td>
              {pair(e, target(e), e.targetChanged)}
              {pair(e, status, e.statusChanged)}
              {pair(e, value, e.valueChanged)}
              {pair(e, pct, e.progressDelta !== null && e.progressDelta !== 0)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
