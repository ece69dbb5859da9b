import { useTranslation } from 'react-i18next';
import type { ReportProblem } from '../../domain/reporting/report-types';
import { ProblemsTable } from './problems-table';

/**
 * The hidden sheet, rows and columns a file would import, each named, and the box the person
 * ticks once they have seen them: until then the page applies and downloads nothing.
 */
export function HiddenContentNotice({
  hidden,
  seen,
  onSeen,
}: {
  hidden: readonly ReportProblem[];
  seen: boolean;
  onSeen: (seen: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="import-hidden" role="group" aria-labelledby="import-hidden-heading">
      <h3 id="import-hidden-heading">{t('import.hiddenHeading', { count: hidden.length })}</h3>
      <p role="alert">{t('import.hiddenBody')}</p>
      <ProblemsTable problems={hidden} caption={t('import.hiddenCaption')} />
      <label className="import-hidden__ack">
        <input type="checkbox" checked={seen} onChange={(e) => onSeen(e.currentTarget.checked)} />{' '}
        {t('import.hiddenAck')}
      </label>
    </div>
  );
}
