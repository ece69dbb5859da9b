import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/presentation/format';
import { updateFileQueries } from '../../lib/reporting/update-files';
import { useLanguage } from '../../lib/i18n/use-language';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** The update files made on this device, newest first: when, which file, how many rows. */
export function UpdateFilesList() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const files = useQuery(updateFileQueries.list()).data ?? [];
  if (files.length === 0) return null;
  const local = (iso: string) => {
    const d = new Date(iso);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return `${formatDate(day, lang)} ${time(iso)}`;
  };
  return (
    <section className="import-card" aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">{t('import.historyHeading')}</h2>
      <p className="import-hint">{t('import.historyNote')}</p>
      <div
        className="import-table-wrap"
        role="region"
        aria-label={t('import.historyCaption')}
        tabIndex={0}
      >
        <table className="import-table">
          <caption>{t('import.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.historyMade')}</th>
              <th scope="col">{t('import.historyFile')}</th>
              <th scope="col">{t('import.historyRows')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.madeAt}>
                <td data-label={t('import.historyMade')}>{local(f.madeAt)}</td>
                <td data-label={t('import.historyFile')}>{f.fileName}</td>
                <td data-label={t('import.historyRows')}>{f.rows}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
