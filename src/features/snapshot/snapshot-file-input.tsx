import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../domain/exports/snapshot';
import type { SnapshotReadResult } from '../../domain/exports/snapshot-read';
import { useSnapshotFile } from './use-snapshot-file';

/**
 * A file picker for snapshots. A refused file is named with its reason (role=alert) and
 * whatever was accepted before stays: onAccept only ever hands over a checked snapshot.
 */
export function SnapshotFileInput({
  label,
  onAccept,
}: {
  label: string;
  onAccept: (snapshot: Snapshot, fileName: string, text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [refused, setRefused] = useState<{ fileName: string; result: SnapshotReadResult } | null>(
    null,
  );
  const { busy, read } = useSnapshotFile(({ result, text }, fileName) => {
    if (result.ok) {
      setRefused(null);
      onAccept(result.snapshot, fileName, text ?? '');
    } else setRefused({ fileName, result });
  });
  return (
    <div className="snapshot-input" aria-busy={busy}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          void read(event.target.files?.[0]);
          // Choosing the same file again after a failure should read it again.
          event.target.value = '';
        }}
      />
      <span role="status" className="snapshot-input__status">
        {busy ? t('snapshot.reading') : ''}
      </span>
      {refused && !refused.result.ok && (
        <div role="alert" className="alert snapshot-input__error">
          <strong>{t('snapshot.refused', { file: refused.fileName })}</strong>
          <p>
            {t(`snapshot.problem.${refused.result.problem}`, refused.result.params)}{' '}
            {t('snapshot.kept')}
          </p>
          <p className="snapshot-input__detail" lang="en">
            {refused.result.detail}
          </p>
        </div>
      )}
    </div>
  );
}
