// Pick snapshot A and either snapshot B or the live data; the table below says what changed.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsInView, seriesInView } from '../../domain/exports/data-in-view';
import { formatExportTime } from '../../domain/exports/export-names';
import { formatDate } from '../../domain/presentation/format';
import { summarizeIndicator } from '../../domain/evaluation/indicator-summary';
import type { Snapshot } from '../../domain/exports/snapshot';
import { dashboardState, diffDashboards } from '../../domain/exports/dashboard-diff';
import { snapshotClaim } from '../../domain/exports/snapshot-verify';
import { ErrorAlert, Loading } from '../../components/ui/query-states';
import { useDemoStore } from '../../lib/demo-store';
import { useLanguage } from '../../lib/i18n/use-language';
import { useDashboard } from '../../lib/use-dashboard';
import { useViewState } from '../../lib/use-view-state';
import { DiffTable } from './diff-table';
import { SnapshotFileInput } from './snapshot-file-input';

/** Simulated by its flag, sources or dataset name: an edited flag cannot make it look real. */
const simulated = (s: Snapshot) => snapshotClaim(s).simulated;

/** The snapshot's indicators and series as the dashboard showed them on its as-of date. */
const stateOf = (s: Snapshot) => dashboardState(s.data, s.asOf);

/**
 * Names a snapshot so two can be told apart: its as-of date, when it was exported, and whether
 * its figures were demo mode's simulated ones.
 */
function useSnapshotLabel() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (key: 'snapshot.sideLabel' | 'snapshot.chosen', s: Snapshot) =>
    t(key, { date: formatDate(s.asOf, lang), time: formatExportTime(new Date(s.createdAt)) }) +
    (simulated(s) ? t('snapshot.simulatedMark') : '');
}

/** Says so when simulated figures take part: their changes are not real progress. */
function SimulatedNote({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  if (!shown) return null;
  return (
    <p role="note" className="snapshot-compare__simulated">
      {t('snapshot.simulatedNote')}
    </p>
  );
}

export function SnapshotCompare({ today }: { today: string }) {
  const { t } = useTranslation();
  const label = useSnapshotLabel();
  const [a, setA] = useState<Snapshot | null>(null);
  const [b, setB] = useState<Snapshot | null>(null);
  const [live, setLive] = useState(false);
  const chosen = (s: Snapshot | null) =>
    s && <p className="snapshot-input__chosen">{label('snapshot.chosen', s)}</p>;
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
        <>
          <SimulatedNote shown={simulated(a) || simulated(b)} />
          <DiffTable
            diff={diffDashboards(stateOf(a), stateOf(b))}
            beforeLabel={label('snapshot.sideLabel', a)}
            afterLabel={label('snapshot.sideLabel', b)}
          />
        </>
      )}
    </div>
  );
}

/** Snapshot A against today's data, narrowed to A's page and filters (all statuses, so an
 * indicator or series whose status changed is not mistaken for a removed one). */
function LiveDiff({ before, today }: { before: Snapshot; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useSnapshotLabel();
  const [view] = useViewState();
  const asOf = view.asOf ?? today;
  const liveSimulated = useDemoStore((s) => s.params !== null);
  const { rows, seriesRows, isPending, error, retry } = useDashboard(asOf);
  const diff = useMemo(() => {
    if (!rows || !seriesRows) return null;
    const view = { ...before.view, status: null };
    return diffDashboards(stateOf(before), {
      indicators: rowsInView(rows, before.path, view).map(summarizeIndicator),
      series: seriesInView(seriesRows, before.path, view),
    });
  }, [rows, seriesRows, before]);
  if (error !== null) return <ErrorAlert error={error} onRetry={retry} keptData={false} />;
  if (isPending || !diff) return <Loading />;
  return (
    <>
      <SimulatedNote shown={simulated(before) || liveSimulated} />
      <DiffTable
        diff={diff}
        beforeLabel={label('snapshot.sideLabel', before)}
        afterLabel={
          t('snapshot.liveLabel', { date: formatDate(asOf, lang) }) +
          (liveSimulated ? t('snapshot.simulatedMark') : '')
        }
      />
    </>
  );
}
