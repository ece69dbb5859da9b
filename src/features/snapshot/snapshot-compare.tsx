// Pick snapshot A and either snapshot B or the live data; the table below says what changed.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsInView } from '../../domain/data-in-view';
import { formatDate } from '../../domain/format';
import { summarizeIndicator, type IndicatorSummary } from '../../domain/indicator-summary';
import type { Snapshot } from '../../domain/snapshot';
import { diffSummaries } from '../../domain/snapshot-diff';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { useLanguage } from '../../lib/i18n/use-language';
import { evaluateAll, useDashboard } from '../../lib/use-dashboard';
import { useViewState } from '../../lib/use-view-state';
import { DiffTable } from './diff-table';
import { SnapshotFileInput } from './snapshot-file-input';

const summariesOf = (s: Snapshot): IndicatorSummary[] =>
  evaluateAll(s.data.catalog, s.data.indicators, s.asOf).map(summarizeIndicator);

export function SnapshotCompare({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [a, setA] = useState<Snapshot | null>(null);
  const [b, setB] = useState<Snapshot | null>(null);
  const [live, setLive] = useState(false);
  const chosen = (s: Snapshot | null) =>
    s && (
      <p className="snapshot-input__chosen">
        {t('snapshot.chosen', { date: formatDate(s.asOf, lang) })}
      </p>
    );
  return (
    <div className="snapshot-compare">
      <SnapshotFileInput label={t('snapshot.compareA')} onAccept={setA} />
      {chosen(a)}
      <label className="snapshot-compare__live">
        <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />{' '}
        {t('snapshot.compareLive')}
      </label>
      {!live && <SnapshotFileInput label={t('snapshot.compareB')} onAccept={setB} />}
      {!live && chosen(b)}
      {a && live && <LiveDiff before={a} today={today} />}
      {a && !live && b && (
        <DiffTable
          diff={diffSummaries(summariesOf(a), summariesOf(b))}
          beforeLabel={t('snapshot.sideLabel', { date: formatDate(a.asOf, lang) })}
          afterLabel={t('snapshot.sideLabel', { date: formatDate(b.asOf, lang) })}
        />
      )}
    </div>
  );
}

/** Snapshot A against today's data, narrowed to A's page and filters (all statuses, so an
 * indicator whose status changed is not mistaken for a removed one). */
function LiveDiff({ before, today }: { before: Snapshot; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [view] = useViewState();
  const asOf = view.asOf ?? today;
  const { rows, isPending, error, retry } = useDashboard(asOf);
  const diff = useMemo(() => {
    if (!rows) return null;
    const inView = rowsInView(rows, before.path, { ...before.view, status: null });
    return diffSummaries(summariesOf(before), inView.map(summarizeIndicator));
  }, [rows, before]);
  if (error !== null) return <ErrorAlert error={error} onRetry={retry} keptData={false} />;
  if (isPending || !diff) return <Loading />;
  return (
    <DiffTable
      diff={diff}
      beforeLabel={t('snapshot.sideLabel', { date: formatDate(before.asOf, lang) })}
      afterLabel={t('snapshot.liveLabel', { date: formatDate(asOf, lang) })}
    />
  );
}
