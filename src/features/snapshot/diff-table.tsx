import { useTranslation } from 'react-i18next';
import { formatValue } from '../../domain/presentation/format';
import type { IndicatorSummary } from '../../domain/evaluation/indicator-summary';
import type { IndicatorDiff, SnapshotDiff } from '../../domain/exports/snapshot-diff';
import { useLanguage } from '../../lib/i18n/use-language';

/** What changed between two states, one row per indicator that changed, arrived or left. */
export function DiffTable({
  diff,
  beforeLabel,
  afterLabel,
}: {
  diff: SnapshotDiff;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = diff.entries.filter((e) => e.kind !== 'unchanged');
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
  return (
    <div className="diff">
      <p role="status" className="diff__counts">
        {t('snapshot.diff.counts', diff.counts)}
      </p>
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              {t('snapshot.diff.caption', { before: beforeLabel, after: afterLabel })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('snapshot.diff.indicator')}</th>
                <th scope="col">{t('snapshot.diff.change')}</th>
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
                  {pair(e, status, e.statusChanged)}
                  {pair(e, value, e.valueChanged)}
                  {pair(e, pct, e.progressDelta !== null && e.progressDelta !== 0)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
