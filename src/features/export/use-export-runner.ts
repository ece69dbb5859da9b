// Runs one export at a time and reports on it: busy while working, then the file name or
// the reason it failed, in words a screen reader announces.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFailureText } from '../../lib/export/failure.ts';

/** Where a long export is: step `index` (from 1) of `total`, named by `label`. */
export type ExportProgress = { index: number; total: number; label: string };

export type ExportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; progress?: ExportProgress }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; text: string };

export function useExportRunner() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ExportOutcome>({ kind: 'idle' });
  const run = useCallback(
    async (what: string, task: (report: (progress: ExportProgress) => void) => Promise<string>) => {
      setOutcome({ kind: 'busy', what });
      const report = (progress: ExportProgress) => setOutcome({ kind: 'busy', what, progress });
      try {
        setOutcome({ kind: 'done', file: await task(report) });
      } catch (error) {
        // A failed data request is said in the same words as everywhere else in the app;
        // offline or a chunk that did not load, in plain words too.
        setOutcome({ kind: 'failed', text: exportFailureText(error, t) });
      }
    },
    [t],
  );
  const message =
    outcome.kind === 'busy'
      ? outcome.progress
        ? t('export.workingOnStep', { what: outcome.what, ...outcome.progress })
        : t('export.workingOn', { what: outcome.what })
      : outcome.kind === 'done'
        ? t('export.done', { file: outcome.file })
        : '';
  /** Forget the last outcome: a message about another page's export would mislead. */
  const reset = useCallback(() => setOutcome({ kind: 'idle' }), []);
  return { outcome, run, reset, message, busy: outcome.kind === 'busy' };
}
