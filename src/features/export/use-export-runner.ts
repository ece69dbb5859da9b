// Runs one export at a time and reports on it: busy while working, then the file name or
// the reason it failed, in words a screen reader announces.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';

export type ExportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; reason: string };

export function useExportRunner() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ExportOutcome>({ kind: 'idle' });
  const run = useCallback(
    async (what: string, task: () => Promise<string>) => {
      setOutcome({ kind: 'busy', what });
      try {
        setOutcome({ kind: 'done', file: await task() });
      } catch (error) {
        // A failed data request is said in the same words as everywhere else in the app.
        const reason =
          error instanceof ApiError
            ? t(`state.error.${error.kind}`)
            : error instanceof Error
              ? error.message
              : String(error);
        setOutcome({ kind: 'failed', reason });
      }
    },
    [t],
  );
  const message =
    outcome.kind === 'busy'
      ? t('export.workingOn', { what: outcome.what })
      : outcome.kind === 'done'
        ? t('export.done', { file: outcome.file })
        : '';
  return { outcome, run, message, busy: outcome.kind === 'busy' };
}
