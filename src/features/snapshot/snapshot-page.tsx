// /snapshot: open a snapshot file and see the dashboard exactly as it was exported, or compare
// two snapshots (or one with the live data). Nothing here can change the data. The open snapshot
// is kept (IndexedDB) until it is closed, so a reload reopens it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { Snapshot } from '../../domain/exports/snapshot';
import { forgetSnapshot, keepSnapshot, loadKeptSnapshot } from './kept-snapshot';
import { SnapshotCompare } from './snapshot-compare';
import { SnapshotFileInput } from './snapshot-file-input';
import { AT_PARAM, outerUrlWithoutAt } from './snapshot-location';
import { useSnapshotStrings } from './snapshot-strings';
import { SnapshotView, type RenderSnapshotView } from './snapshot-view';
import './snapshot.css';

type Opened = { snapshot: Snapshot; fileName: string };

/** The snapshot kept from before a reload, reopened once; null while looking. */
function useKeptSnapshot(onFound: (opened: Opened) => void) {
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    let live = true;
    void loadKeptSnapshot().then((kept) => {
      if (!live) return;
      if (kept) onFound(kept);
      setRestoring(false);
    });
    return () => {
      live = false;
    };
    // Once, on arrival: a snapshot chosen meanwhile is not replaced (onFound checks).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return restoring;
}

export default function SnapshotPage({
  today,
  renderView,
}: {
  today: string;
  renderView: RenderSnapshotView;
}) {
  useSnapshotStrings();
  const { t } = useTranslation();
  useDocumentTitle(t('snapshot.heading'));
  const [opened, setOpened] = useState<Opened | null>(null);
  const search = useSearch();
  const [, navigate] = useLocation();
  // A reload keeps the reader where they were inside the snapshot (`at` stays).
  const restoring = useKeptSnapshot((kept) => setOpened((current) => current ?? kept));
  /** Opens or closes a snapshot; the next one starts on its own page, not where the last was. */
  const show = (next: Opened | null) => {
    setOpened(next);
    if (new URLSearchParams(search).has(AT_PARAM))
      navigate(outerUrlWithoutAt(search), { replace: true });
  };
  return (
    <>
      <div className="page-head">
        <h1>{t('snapshot.heading')}</h1>
      </div>
      <p className="snapshot-intro">{t('snapshot.intro')}</p>
      <div className="snapshot-tools">
        <section className="snapshot-card" aria-labelledby="snapshot-open-heading">
          <h2 id="snapshot-open-heading">{t('snapshot.openHeading')}</h2>
          <SnapshotFileInput
            label={t('snapshot.openLabel')}
            onAccept={(snapshot, fileName, text) => {
              show({ snapshot, fileName });
              void keepSnapshot(text, fileName);
            }}
          />
          {restoring && (
            <p role="status" className="snapshot-input__status">
              {t('snapshot.restoring')}
            </p>
          )}
        </section>
        <section className="snapshot-card" aria-labelledby="snapshot-compare-heading">
          <h2 id="snapshot-compare-heading">{t('snapshot.compareHeading')}</h2>
          <SnapshotCompare today={today} />
        </section>
      </div>
      {opened && (
        <SnapshotView
          key={opened.snapshot.sha256}
          snapshot={opened.snapshot}
          fileName={opened.fileName}
          render={renderView}
          onClose={() => {
            show(null);
            void forgetSnapshot();
          }}
        />
      )}
    </>
  );
}
