import { useTranslation } from 'react-i18next';
import type { ReportProblem } from '../../domain/reporting/report-types';
import { useLanguage } from '../../lib/i18n/use-language';

/** Every problem by sheet, row and column, what is wrong and how to fix it (in the page's language). */
export function ProblemsTable({
  problems,
  caption,
}: {
  problems: readonly ReportProblem[];
  caption?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = caption ?? t('import.problemsCaption');
  return (
    <div className="import-table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className="import-table import-table--problems">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.sheet')}</th>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.what')}</th>
            <th scope="col">{t('import.fix')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td data-label={t('import.sheet')}>{p.sheet ?? t('import.fileProblem')}</td>
              <td data-label={t('import.row')}>{p.row ?? t('import.none')}</td>
              <td data-label={t('import.column')}>{p.column ?? t('import.none')}</td>
              <td data-label={t('import.what')}>{p.what[lang]}</td>
              <td data-label={t('import.fix')}>{p.fix[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
